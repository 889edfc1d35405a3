#!/usr/bin/python3
"""The engine on real news with human gold, next to the TF-IDF baseline, in one run.

usage: bench/px-bench-real.py [--build DIR] [--skip ecb,sts,cross,suggest] [--quick]
                              [--gold GOLD.json DIR]...

Prints, for Parallax and for ../shared/tools/baseline-tfidf.py (the plain
TF-IDF script a researcher would write; its threshold 0.05, its best on this
data):
- ECB+ dev (../shared/data/ecbplus-dev): pair precision, recall and F1 over the
  33 topics with both subtopics in one set (--combine), and per subtopic;
- German STS dev (../shared/data/german-sts/dev.tsv): Spearman correlation of
  the engine's similarity with the human scores, all rows and main-news rows
  (the baseline: TF-IDF cosine with the baseline script's features);
- cross-lingual: 8 sets of 30 German main-news sentences against their 30
  English originals, shuffled; pair P/R/F1 of finding each translation;
  then the same sets with a third of the originals left out, as a
  retelling drops claims (German sentences without a partner must stay
  alone); and how many of their German words the dictionary translates
  into a word the English original uses;
- suggestions: how often a gold partner is among a sentence's best-ranked
  candidates in the other article (recall@1 and @3 of the report's
  "candidates"), on ECB+ dev, next to a TF-IDF cosine ranking;
- with --gold: pair P/R/F1 on a real set annotated outside the repository
  (claim groups of verbatim quotes, the format of tests/data/gold), through
  bench/px-bench-quality; the gold is read from where it lies, never copied.
The data stays in ../shared: nothing of it is copied into the repository.
"""
import argparse
import collections
import math
import os
import random
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(TOP, '..', 'shared')
BASELINE = os.path.join(SHARED, 'tools', 'baseline-tfidf.py')
SCORER = os.path.join(SHARED, 'tools', 'score-ecbplus.py')


def last_line(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f'failed: {" ".join(cmd)}\n{out.stderr[-500:]}')
    lines = out.stdout.strip().splitlines()
    return lines[-2].strip() + ' | ' + lines[-1].strip()


def ecb(cli, quick):
    data = os.path.join(SHARED, 'data', 'ecbplus-dev')
    extra = ['--subtopics', '6'] if quick else []
    print('ECB+ dev, pair P/R/F1 (' + ('first topics only' if quick else 'all topics') + ')')
    for mode in (['--combine'], []):
        label = 'combined topics' if mode else 'per subtopic   '
        for name, cmd in (('parallax', f'{cli} align --format json {{dir}}'),
                          ('tf-idf  ', f'/usr/bin/python3 {BASELINE} {{dir}} --threshold 0.05')):
            print(f'  {label}  {name}  {last_line([sys.executable, SCORER, data, cmd] + mode + extra)}')


def read_sts(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        for line in f:
            rows.append(dict(zip(header, line.rstrip('\n').split('\t'))))
    return rows


def engine_scores(build, pairs, languages):
    text = ''.join(f'{a}\t{b}\n' for a, b in pairs)
    out = subprocess.run([os.path.join(build, 'bench', 'px-score-pairs'), '--language', languages],
                         input=text, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit('px-score-pairs failed: ' + out.stderr[-300:])
    return [float(x) for x in out.stdout.split()]


def tfidf_scores(pairs):
    """The baseline script's features and weights, as cosine per pair."""
    def feats(s):
        return [w[:6] for w in re.findall(r'\w+', s.lower()) if len(w) > 3]
    bags = [collections.Counter(feats(s)) for p in pairs for s in p]
    df = collections.Counter(k for b in bags for k in b)
    n = len(bags)

    def vec(b):
        v = {k: (1 + math.log(c)) * math.log(n / df[k]) for k, c in b.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {k: x / norm for k, x in v.items()}
    vs = [vec(b) for b in bags]
    return [sum(x * vs[2 * i + 1].get(k, 0.0) for k, x in vs[2 * i].items()) for i in range(len(pairs))]


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2.0
        i = j + 1
    return r


def spearman(xs, ys):
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    return cov / math.sqrt(sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry))


def sts(build):
    rows = read_sts(os.path.join(SHARED, 'data', 'german-sts', 'dev.tsv'))
    pairs = [(r['sentence1'], r['sentence2']) for r in rows]
    gold = [float(r['score']) for r in rows]
    news = [i for i, r in enumerate(rows) if r['genre'] == 'main-news']
    print('German STS dev, Spearman with the human scores')
    for name, scores in (('parallax', engine_scores(build, pairs, 'de')), ('tf-idf  ', tfidf_scores(pairs))):
        print(f'  {name}  all {spearman(scores, gold):.3f}  main-news '
              f'{spearman([scores[i] for i in news], [gold[i] for i in news]):.3f}')


def cross_sets(n_sets=8, size=30, seed=7):
    rows = [r for r in read_sts(os.path.join(SHARED, 'data', 'german-sts', 'dev.tsv')) if r['genre'] == 'main-news']
    seen, unique = set(), []
    for r in rows:
        if r['sentence1'] not in seen:
            seen.add(r['sentence1'])
            unique.append((r['sentence1'], r['sentence1_en']))
    rng = random.Random(seed)
    rng.shuffle(unique)
    for k in range(n_sets):
        chunk = unique[k * size:(k + 1) * size]
        order = list(range(len(chunk)))
        rng.shuffle(order)
        yield chunk, order


def count_pairs(groups, gold):
    pred = set()
    for g in groups:
        de = [m['sentence'] for m in g['members'] if m['document'] == 'de.txt']
        en = [m['sentence'] for m in g['members'] if m['document'] == 'en.txt']
        pred.update((a, b) for a in de for b in en)
    return len(pred & gold), len(pred - gold), len(gold - pred)


def cross(cli, drop=0.0):
    import json
    totals = {'parallax': [0, 0, 0], 'tf-idf  ': [0, 0, 0]}
    rng = random.Random(3)
    for chunk, order in cross_sets():
        if drop > 0.0:
            order = [i for i in order if rng.random() >= drop]
        with tempfile.TemporaryDirectory() as d:
            de = [s for s, _ in chunk]
            en = [chunk[i][1] for i in order]
            # One sentence a line; each ends with a full stop so both segmenters agree.
            open(os.path.join(d, 'de.txt'), 'w').write('---\nlanguage: de\n---\n' + '\n\n'.join(de) + '\n')
            open(os.path.join(d, 'en.txt'), 'w').write('---\nlanguage: en\n---\n' + '\n\n'.join(en) + '\n')
            for name, cmd in (('parallax', [cli, 'align', '--format', 'json', d]),
                              ('tf-idf  ', ['/usr/bin/python3', BASELINE, d, '--threshold', '0.05'])):
                rep = json.loads(subprocess.run(cmd, capture_output=True, text=True).stdout)
                texts = {doc['id']: [s['text'].strip() for s in doc['sentences']] for doc in rep['documents']}
                gold = set()
                for i, s in enumerate(de):
                    if i not in order:
                        continue
                    j = order.index(i)
                    if s in texts.get('de.txt', []) and en[j] in texts.get('en.txt', []):
                        gold.add((texts['de.txt'].index(s), texts['en.txt'].index(en[j])))
                totals[name] = [a + b for a, b in zip(totals[name], count_pairs(rep['groups'], gold))]
    if drop > 0.0:
        print(f'Cross-lingual, {drop:.0%} of the originals left out')
    else:
        print('Cross-lingual: 8 sets of 30 German news sentences against their English originals')
    for name, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f'  {name}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}')


def dictionary(build):
    """How far trans-de-en carries the dev split's German words (bench/px-bench-dictionary.c)."""
    seen, lines = set(), []
    for r in read_sts(os.path.join(SHARED, 'data', 'german-sts', 'dev.tsv')):
        if r['genre'] == 'main-news' and r['sentence1'] not in seen:
            seen.add(r['sentence1'])
            lines.append(f"{r['sentence1']}\t{r['sentence1_en']}\n")
    out = subprocess.run([os.path.join(build, 'bench', 'px-bench-dictionary')], input=''.join(lines),
                         capture_output=True, text=True)
    print('German-English dictionary on the dev split\'s main-news sentences')
    for line in (out.stdout if out.returncode == 0 else out.stderr).strip().splitlines():
        print('  ' + line)


def ecb_topics(tmp):
    root = os.path.join(SHARED, 'data', 'ecbplus-dev', 'topics')
    topics = collections.defaultdict(list)
    for sub in sorted(os.listdir(root)):
        topics[sub.split('_')[0]].append(sub)
    for topic, subs in sorted(topics.items(), key=lambda kv: int(kv[0])):
        d = os.path.join(tmp, topic)
        os.makedirs(d)
        for sub in subs:
            for f in os.listdir(os.path.join(root, sub)):
                os.symlink(os.path.join(root, sub, f), os.path.join(d, f))
        yield topic, d


def ecb_gold():
    import csv
    data = os.path.join(SHARED, 'data', 'ecbplus-dev')
    csv.field_size_limit(10 ** 9)
    sents = collections.defaultdict(list)
    for r in csv.DictReader(open(os.path.join(data, 'sentences.tsv')), delimiter='\t', quoting=csv.QUOTE_NONE):
        sents[r['doc']].append((int(r['sent_index']), int(r['char_start']), int(r['char_end']), r['checked'] == '1'))
    gold = collections.defaultdict(set)
    for r in csv.DictReader(open(os.path.join(data, 'gold_sentence_pairs.tsv')), delimiter='\t', quoting=csv.QUOTE_NONE):
        if not all(t == 'ACTION_REPORTING' for t in r['chain_tags'].split(';')):
            gold[r['topic']].add(((r['doc_a'], int(r['sent_a_index'])), (r['doc_b'], int(r['sent_b_index']))))
    return sents, gold


def report_map(rep, folder, sents):
    """Report sentence → the checked ECB+ sentences it covers (as the scorer maps them)."""
    out = {}
    for doc in rep['documents']:
        docid = doc['id'][:-4]
        text = open(os.path.join(folder, doc['id']), encoding='utf-8').read()
        cur = 0
        for i, s in enumerate(doc['sentences']):
            t = s['text'].strip()
            pos = text.find(t, cur)
            if pos < 0:
                continue
            end, cur = pos + len(t), pos + 1
            out[(doc['id'], i)] = {(docid, e[0]) for e in sents[docid]
                                   if e[3] and min(end, e[2]) - max(pos, e[1]) > 0.5 * (e[2] - e[1])}
    return out


def ranked_hits(ranking, mapping, gold, ks):
    """ranking: (doc, sent) → {other doc: [other sent best first]}; counts gold pairs found at k."""
    back = collections.defaultdict(set)
    for key, ecbs in mapping.items():
        for e in ecbs:
            back[e].add(key)
    hits = dict.fromkeys(ks, 0)
    for x, y in gold:
        best = None
        for a in back.get(x, ()):
            for b in back.get(y, ()):
                for u, v in ((a, b), (b, a)):
                    lst = ranking.get(u, {}).get(v[0], [])
                    if v[1] in lst:
                        r = lst.index(v[1]) + 1
                        best = r if best is None else min(best, r)
        for k in ks:
            hits[k] += best is not None and best <= k
    return hits


def tfidf_ranking(rep):
    def feats(s):
        return [w[:6] for w in re.findall(r'\w+', s.lower()) if len(w) > 3]
    units = [(d['id'], i, collections.Counter(feats(s['text']))) for d in rep['documents']
             for i, s in enumerate(d['sentences'])]
    df = collections.Counter(k for _, _, c in units for k in c)
    n = len(units)
    vecs = []
    for d, i, c in units:
        v = {k: (1 + math.log(x)) * math.log(n / df[k]) for k, x in c.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vecs.append((d, i, {k: w / norm for k, w in v.items()}))
    ranking = collections.defaultdict(lambda: collections.defaultdict(list))
    for d, i, v in vecs:
        scored = collections.defaultdict(list)
        for e, j, w in vecs:
            if e != d:
                scored[e].append((-sum(x * w.get(k, 0.0) for k, x in v.items()), j))
        for e, lst in scored.items():
            ranking[(d, i)][e] = [j for _, j in sorted(lst)[:5]]
    return ranking


def suggestions(cli):
    import json
    sents, gold = ecb_gold()
    ks = (1, 3)
    totals = {'parallax': dict.fromkeys(ks, 0), 'tf-idf  ': dict.fromkeys(ks, 0)}
    n_gold = 0
    with tempfile.TemporaryDirectory() as tmp:
        for topic, folder in ecb_topics(tmp):
            rep = json.loads(subprocess.run([cli, 'align', '--format', 'json', folder],
                                            capture_output=True, text=True).stdout)
            mapping = report_map(rep, folder, sents)
            ranking = collections.defaultdict(lambda: collections.defaultdict(list))
            for c in sorted(rep.get('candidates', []), key=lambda c: c['rank']):
                ranking[(c['document'], c['sentence'])][c['other_document']].append(c['other_sentence'])
            for name, r in (('parallax', ranking), ('tf-idf  ', tfidf_ranking(rep))):
                for k, v in ranked_hits(r, mapping, gold[topic], ks).items():
                    totals[name][k] += v
            n_gold += len(gold[topic])
    print(f'Suggestions on ECB+ dev (combined topics, {n_gold} gold pairs): a gold partner among the top k')
    for name, hits in totals.items():
        print(f'  {name}  ' + '  '.join(f'recall@{k} {hits[k] / n_gold:.3f}' for k in ks))


def gold_sets(build, sets):
    print('Annotated real sets (claim gold), pair P/R/F1')
    for gold, folder in sets:
        out = subprocess.run([os.path.join(build, 'bench', 'px-bench-quality'), gold, folder],
                             capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f'px-bench-quality failed: {out.stderr[-300:]}')
        print('  ' + out.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default=os.path.join(TOP, '_build'))
    ap.add_argument('--skip', default='')
    ap.add_argument('--quick', action='store_true', help='ECB+ on the first topics only')
    ap.add_argument('--gold', nargs=2, action='append', default=[], metavar=('GOLD.json', 'DIR'),
                    help='also score the set in DIR against its claim gold')
    args = ap.parse_args()
    cli = os.path.join(args.build, 'src', 'cli', 'parallax-cli')
    table = os.path.join(args.build, 'src', 'core', 'lexicon', 'vectors-en.pxidx')
    if 'PARALLAX_VECTORS' not in os.environ and os.path.isfile(table):
        os.environ['PARALLAX_VECTORS'] = table
    skip = set(args.skip.split(','))
    if 'ecb' not in skip:
        ecb(cli, args.quick)
    if 'sts' not in skip:
        sts(args.build)
    if 'cross' not in skip:
        cross(cli)
        cross(cli, drop=1 / 3)
        dictionary(args.build)
    if 'suggest' not in skip:
        suggestions(cli)
    if args.gold:
        gold_sets(args.build, args.gold)


if __name__ == '__main__':
    main()
