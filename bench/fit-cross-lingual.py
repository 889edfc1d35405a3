#!/usr/bin/python3
"""Fit the aligner's German–English link models on translation pairs.

usage: bench/fit-cross-lingual.py [--build DIR] [--sts DIR] [--table FILE]
                                  [--size N] [--folds K] [--thresholds A:B:STEP]
                                  [--jobs N]

The link model of bench/fit-scorer.py learns from English news; a German
passage meets an English one only through the dictionary and the word
vectors, so its features sit elsewhere. This fits a second model
("semantic-de-en") that the engine uses, when the word vectors are there,
for every pair of passages whose languages differ, with the same features
(without the vectors only names and numbers cross languages, and the
lexical model scores those pairs as it scores any other):

1. the German STS train split's main-news rows (sentence1 and its English
   original sentence1_en; ../shared/data/german-sts/train.tsv) are dealt
   into sets of N German sentences and their N English originals,
   shuffled, as bench/px-bench-real.py builds its dev check; every other
   set leaves out a share of the originals (--drop), as a retelling drops
   claims and as the bench's second check does, so that the model also
   learns to leave a sentence alone whose best match is not its partner;
2. `parallax-cli align` runs on each set with PARALLAX_ALIGN_FEATURES, so
   the features are the engine's; a pair is gold when the English sentence
   is the German one's original;
3. a logistic regression is fitted with K-fold cross-validation
   by set; each fold's weights go into a copy of the table and the engine
   groups the fold's held-out sets at every threshold of the grid; the
   threshold with the best cross-validated pair F1 is the model's own
   (the engine shifts the model so that it meets the main threshold);
4. the final weights, fitted on all sets, are written into the table
   (data/align-weights.json) beside the other models, with the figures.

The dev split stays out of the fit: it is what the bench measures.
bench/fit-scorer.py runs this after it writes the table (the rank features
read the similarity model it fits); run it alone to refit only these.
"""
import argparse
import collections
import datetime
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from sklearn.model_selection import GroupKFold

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS = {'semantic': 'semantic-de-en'}


def scorer_module():
    spec = importlib.util.spec_from_file_location('fit_scorer', os.path.join(TOP, 'bench', 'fit-scorer.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def translation_sets(path, size, seed, drop):
    """Sets of (German sentences, English sentences, gold: German i → English j)."""
    fs = scorer_module()
    seen, pairs = set(), []
    for r in fs.read_tsv(path):
        if r['genre'] == 'main-news' and r['sentence1'] not in seen:
            seen.add(r['sentence1'])
            pairs.append((r['sentence1'], r['sentence1_en']))
    rng = random.Random(seed)
    rng.shuffle(pairs)
    for k in range(len(pairs) // size):
        chunk = pairs[k * size:(k + 1) * size]
        order = list(range(size))
        rng.shuffle(order)
        if k % 2 == 1:
            order = [i for i in order if rng.random() >= drop]
        yield [de for de, _ in chunk], [chunk[i][1] for i in order], {order[j]: j for j in range(len(order))}


def write_set(folder, german, english):
    os.makedirs(folder)
    # One sentence a paragraph, as the bench writes them, so segmentation agrees.
    for name, lang, lines in (('de.txt', 'de', german), ('en.txt', 'en', english)):
        with open(os.path.join(folder, name), 'w', encoding='utf-8') as f:
            f.write(f'---\nlanguage: {lang}\n---\n' + '\n\n'.join(lines) + '\n')


def run_cli(cli, folder, env_extra, threshold=None):
    cmd = [cli, 'align', '--format', 'json']
    if threshold is not None:
        cmd += ['--threshold', '%.4f' % threshold]
    out = subprocess.run(cmd + [folder], capture_output=True, text=True, env=dict(os.environ, **env_extra))
    if out.returncode != 0:
        sys.exit(f'{folder}: parallax-cli failed: {out.stderr.strip()[-300:]}')
    return json.loads(out.stdout)


def gold_pairs(report, german, english, gold):
    """(German sentence, English sentence) indices of the report that are translations."""
    texts = {d['id']: [s['text'].strip() for s in d['sentences']] for d in report['documents']}
    de, en = texts.get('de.txt', []), texts.get('en.txt', [])
    out = set()
    for i, j in gold.items():
        if german[i] in de and english[j] in en:
            out.add((de.index(german[i]), en.index(english[j])))
    return out


def collect(cli, folder, set_gold, weights, dump):
    report = run_cli(cli, folder, {'PARALLAX_ALIGN_FEATURES': dump, 'PARALLAX_ALIGN_WEIGHTS': weights})
    gold = gold_pairs(report, *set_gold)
    rows = []
    for line in open(dump, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        key = (int(f[1]), int(f[3])) if f[0] == 'de.txt' else (int(f[3]), int(f[1]))
        rows.append([float(v) for v in f[4:]] + [float(key in gold)])
    return rows, gold


def count_pairs(report, gold):
    pred = set()
    for g in report.get('groups', []):
        de = [m['sentence'] for m in g['members'] if m['document'] == 'de.txt']
        en = [m['sentence'] for m in g['members'] if m['document'] == 'en.txt']
        pred.update((a, b) for a in de for b in en)
    return np.array([len(pred & gold), len(pred - gold), len(gold - pred)])


def with_models(base, models, threshold, meta=None):
    table = json.loads(json.dumps(base))
    for kind, m in models.items():
        table['models'][MODELS[kind]] = dict(m, threshold=threshold)
    if meta is not None:
        table['cross_lingual'] = meta
    return table


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default=os.path.join(TOP, '_build-rel'))
    ap.add_argument('--sts', default=os.path.join(TOP, '../shared/data/german-sts'))
    ap.add_argument('--table', default=os.path.join(TOP, 'data/align-weights.json'))
    ap.add_argument('--size', type=int, default=30)
    ap.add_argument('--drop', type=float, default=1 / 3)
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--thresholds', default='0.10:0.91:0.05')
    ap.add_argument('--jobs', type=int, default=2)
    args = ap.parse_args()
    fs = scorer_module()
    cli = os.path.join(args.build, 'src', 'cli', 'parallax-cli')
    vectors = os.path.join(args.build, 'src', 'core', 'lexicon', 'vectors-en.pxidx')
    if 'PARALLAX_VECTORS' not in os.environ and os.path.isfile(vectors):
        os.environ['PARALLAX_VECTORS'] = vectors
    lo, hi, step = map(float, args.thresholds.split(':'))
    grid = [round(t, 4) for t in np.arange(lo, hi, step)]

    base = json.load(open(args.table, encoding='utf-8'))
    # Features come from the table's similarity model; no pair model yet.
    for name in MODELS.values():
        base['models'].pop(name, None)
    base.pop('cross_lingual', None)
    tmp = tempfile.mkdtemp(prefix='parallax-fit-cross-')
    base_path = os.path.join(tmp, 'base.json')
    json.dump(base, open(base_path, 'w'))
    sets = list(translation_sets(os.path.join(args.sts, 'train.tsv'), args.size, seed=11, drop=args.drop))
    dirs = [os.path.join(tmp, f'set-{k}') for k in range(len(sets))]
    for d, (de, en, _) in zip(dirs, sets):
        write_set(d, de, en)
    with ThreadPoolExecutor(args.jobs) as ex:
        got = list(ex.map(lambda k: collect(cli, dirs[k], sets[k], base_path, os.path.join(tmp, f'f-{k}.tsv')),
                          range(len(sets))))
    X = np.array([r[:-1] for rows, _ in got for r in rows])
    y = np.array([r[-1] for rows, _ in got for r in rows])
    groups = np.array([k for k, (rows, _) in enumerate(got) for _ in rows])
    golds = [g for _, g in got]
    n_gold = sum(len(g) for g in golds)
    print(f'German STS train, main-news: {len(sets)} sets of {args.size} German sentences and their English '
          f'originals (every other set without {args.drop:.0%} of them); {len(y)} scored pairs, '
          f'{int(y.sum())} gold of {n_gold}')

    main_threshold = base['models']['semantic' if 'semantic' in base['models'] else 'lexical']['threshold']
    counts = {kind: {t: np.zeros(3) for t in grid} for kind in MODELS}
    for k, (train, test) in enumerate(GroupKFold(args.folds).split(X, y, groups)):
        for kind in MODELS:
            path = os.path.join(tmp, f'fold-{k}-{kind}.json')
            # At the main threshold the pair model is not shifted: --threshold then sets its own.
            json.dump(with_models(base, {kind: fs.fit(X[train], y[train], kind)}, main_threshold), open(path, 'w'))
            jobs = [(s, t) for s in sorted(set(groups[test])) for t in grid]

            def score(job):
                s, t = job
                rep = run_cli(cli, dirs[s], {'PARALLAX_ALIGN_WEIGHTS': path}, t)
                return t, count_pairs(rep, golds[s])
            with ThreadPoolExecutor(args.jobs) as ex:
                for t, c in ex.map(score, jobs):
                    counts[kind][t] += c

    models, thresholds, meta = {}, {}, {}
    for kind in MODELS:
        print(f'cross-validated pair precision / recall / F1 by threshold ({MODELS[kind]}):')
        for t in grid:
            print('  %.2f  P %.3f  R %.3f  F1 %.3f' % ((t,) + fs.prf(*counts[kind][t])))
        best = max(grid, key=lambda t: fs.prf(*counts[kind][t])[2])
        p, r, f = fs.prf(*counts[kind][best])
        print(f'{MODELS[kind]}: threshold {best:.2f}, cross-validated P {p:.3f} R {r:.3f} F1 {f:.3f}')
        models[kind] = dict(fs.fit(X, y, kind), threshold=best)
        meta[MODELS[kind]] = {'precision': round(p, 4), 'recall': round(r, 4), 'f1': round(f, 4)}
    table = json.load(open(args.table, encoding='utf-8'))
    for kind, m in models.items():
        table['models'][MODELS[kind]] = m
    table['cross_lingual'] = {
        'fitted_by': 'bench/fit-cross-lingual.py',
        'data': 'German STS train (../shared/data/german-sts/train.tsv), main-news, sentence1 against '
                'sentence1_en, %d sets of %d, every other one without %.0f%% of the originals'
                % (len(sets), args.size, 100 * args.drop),
        'date': datetime.date.today().isoformat(),
        'cross_validation': dict(folds=args.folds, by='set', **meta)}
    with open(args.table + '.tmp', 'w', encoding='utf-8') as out:
        json.dump(table, out, indent=2)
        out.write('\n')
    os.replace(args.table + '.tmp', args.table)
    print(f'wrote {", ".join(MODELS.values())} into {os.path.relpath(args.table, TOP)}')


if __name__ == '__main__':
    main()
