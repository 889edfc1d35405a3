#!/usr/bin/python3
"""Fit the aligner's link model on real news with human gold.

usage: bench/fit-scorer.py [--cli PATH] [--data DIR] [--out FILE] [--folds K]
                           [--thresholds A:B:STEP] [--jobs N]
                           [--no-events | [--event-thresholds A:B:STEP] [--event-neighbours K]
                                          [--event-name-shares N]]

Runs `parallax-cli align` on every ECB+ dev topic (the two subtopics of a
topic in one set, as ../shared/tools/score-ecbplus.py --combine does) with
PARALLAX_ALIGN_FEATURES set, so the features are exactly the engine's. Each
scored pair whose two sentences are checked in ECB+ gets its gold label (the
sentences share an action coreference chain). Then:

1. a logistic regression per model (semantic: all features; lexical: no
   word-vector features) is fitted with K-fold cross-validation by topic;
2. unless --no-events, the event gate (px-align-events.c: articles are clustered
   by average linkage over their TF-IDF cosine, a mix of the cosine over all
   terms and over names and figures alone, scaled by each article's k-th
   nearest neighbour, and clusters below the event threshold report different
   events) is fitted, the names' share, k and the threshold together, by cross-validation by
   topic on article pairs, on the combined topics (two events each) and on the
   single subtopics (one event each), the two kinds weighed alike so that a
   one-event set is not split; the grouping threshold is then fitted with
   the gate on;
3. each fold's weights are written to a table and the engine groups the
   fold's held-out topics at every threshold of the grid; the highest
   threshold whose cross-validated pair F1 is within one standard error of
   the best is kept (one_standard_error());
4. the final weights are fitted on all topics and written with the threshold
   to data/align-weights.json, which names this script, the data and the
   date; the GSettings default threshold is set to the same value;
5. the sentence similarity model (what px_aligner_score_pairs() returns) is
   a linear regression on the same per-sentence features, fitted on the
   German STS train split's human scores (news pairs weighed by a factor
   chosen by cross-validation on train, news_weight()) and checked on its
   dev split;
6. bench/fit-cross-lingual.py then fits the German–English link model into
   the same table (--no-cross-lingual skips it).

Prints the cross-validated figures: they are estimates on topics the fold
never saw. Needs python3-sklearn (Debian).
"""
import argparse
import collections
import csv
import datetime
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy.stats import rankdata
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import GroupKFold, KFold

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEATURES = ['lexical', 'cosine', 'soft', 'embedding', 'article_cosine', 'article_embedding',
            'entities', 'entity_conflict', 'figures', 'lead', 'position', 'length', 'cross_lingual',
            'rank_best', 'rank_worst', 'margin', 'chargram_3', 'chargram_4', 'chargram_5']
VECTOR_FEATURES = {'soft', 'embedding', 'article_embedding'}
# Products of two features: a sentence match means more when the articles
# tell the same event.
PRODUCTS = [('cosine', 'article_cosine'), ('lexical', 'article_cosine'),
            ('soft', 'article_embedding'), ('soft', 'soft')]


def read_tsv(path):
    csv.field_size_limit(10 ** 9)
    with open(path, encoding='utf-8') as f:
        yield from csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)


def load_gold(data):
    sents = collections.defaultdict(list)
    for r in read_tsv(os.path.join(data, 'sentences.tsv')):
        sents[r['doc']].append((int(r['sent_index']), int(r['char_start']), int(r['char_end']),
                                r['checked'] == '1'))
    gold = collections.defaultdict(set)
    for r in read_tsv(os.path.join(data, 'gold_sentence_pairs.tsv')):
        if all(t == 'ACTION_REPORTING' for t in r['chain_tags'].split(';')):
            continue
        a, b = (r['doc_a'], int(r['sent_a_index'])), (r['doc_b'], int(r['sent_b_index']))
        gold[r['topic']].add(tuple(sorted((a, b))))
    return sents, gold


def combined_topics(data, tmp):
    """One folder per topic holding both subtopics' articles (symlinks)."""
    root = os.path.join(data, 'topics')
    topics = collections.defaultdict(list)
    for sub in sorted(os.listdir(root)):
        topics[sub.split('_')[0]].append(sub)
    dirs = {}
    for topic, subs in sorted(topics.items(), key=lambda kv: int(kv[0])):
        d = os.path.join(tmp, topic)
        os.makedirs(d)
        for sub in subs:
            for f in os.listdir(os.path.join(root, sub)):
                os.symlink(os.path.join(root, sub, f), os.path.join(d, f))
        dirs[topic] = d
    return dirs


def sentence_map(report, folder, sents):
    """(document id, sentence) of the report → the checked ECB+ sentences it covers,
    matched as ../shared/tools/score-ecbplus.py matches them."""
    out = {}
    for doc in report['documents']:
        docid = re.sub(r'\.txt$', '', os.path.basename(doc['id']))
        text = open(os.path.join(folder, docid + '.txt'), encoding='utf-8').read()
        cur = 0
        for i, s in enumerate(doc['sentences']):
            t = s['text'].strip()
            pos = text.find(t, cur)
            if pos < 0:
                pos = text.find(t[:30], cur)
            if pos < 0:
                continue
            end = pos + len(t)
            cur = pos + 1
            out[(doc['id'], i)] = {(docid, e[0]) for e in sents[docid]
                                   if e[3] and min(end, e[2]) - max(pos, e[1]) > 0.5 * (e[2] - e[1])}
    return out


def run_cli(args, folder, env_extra, threshold=None):
    env = dict(os.environ, **env_extra)
    cmd = [args.cli, 'align', '--format', 'json']
    if threshold is not None:
        cmd += ['--threshold', '%.4f' % threshold]
    out = subprocess.run(cmd + [folder], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit(f'{folder}: parallax-cli failed: {out.stderr.strip()[-300:]}')
    return json.loads(out.stdout)


def article_similarities(path):
    """(article, article) → the engine's article TF-IDF cosines (over all
    terms, over names and figures), every pair of the set, from its
    PARALLAX_ALIGN_ARTICLES dump."""
    out = {}
    if not os.path.exists(path):   # a set the engine did not cluster (one article)
        return out
    for line in open(path, encoding='utf-8'):
        a, b, terms, names = line.rstrip('\n').split('\t')
        out[tuple(sorted((a, b)))] = np.array([float(terms), float(names)])
    return out


def mixed(sims, names):
    """The similarities as px-align-events.c mixes them."""
    return {p: (1 - names) * v[0] + names * v[1] for p, v in sims.items()}


def subtopic_articles(args, tmp, weights, topics):
    """Per topic, the article similarities within each of its subtopics alone (one event each)."""
    root = os.path.join(args.data, 'topics')
    subs = sorted(s for s in os.listdir(root) if s.split('_')[0] in topics)

    def one(sub):
        dump = os.path.join(tmp, f'articles-{sub}.tsv')
        run_cli(args, os.path.join(root, sub), {'PARALLAX_ALIGN_ARTICLES': dump, 'PARALLAX_ALIGN_WEIGHTS': weights})
        return sub, article_similarities(dump)
    out = collections.defaultdict(list)
    with ThreadPoolExecutor(args.jobs) as ex:
        for sub, sims in ex.map(one, subs):
            out[sub.split('_')[0]].append(sims)
    return out


def events(sims, threshold, neighbour):
    """Average-linkage clusters of the articles over their cosine scaled by
    each article's neighbour-th nearest neighbour, as px-align-events.c makes them."""
    arts = sorted({a for p in sims for a in p})
    n = len(arts)
    if n < 3:   # two articles: one event, as in px-align-events.c
        return dict.fromkeys(arts, 0)
    sim = np.zeros((n, n))
    for (a, b), v in sims.items():
        sim[arts.index(a), arts.index(b)] = sim[arts.index(b), arts.index(a)] = v
    k = min(max(neighbour, 1), max(1, n // 2 - 1))   # from the article's own event
    others = np.where(np.eye(n, dtype=bool), -np.inf, sim)
    scale = np.maximum(-np.sort(-others, axis=1)[:, k - 1], 1e-6)
    sim = sim / np.sqrt(np.outer(scale, scale))
    sim[np.tril_indices(n)] = -np.inf   # the upper triangle only, first best in row order
    size, label = np.ones(n), np.arange(n)
    while n > 1:
        bi, bj = np.unravel_index(np.argmax(sim), sim.shape)
        if sim[bi, bj] < threshold:
            break
        row = np.maximum(sim[bi], sim[:, bi])   # bi against every k, from either triangle
        other = np.maximum(sim[bj], sim[:, bj])
        merged = (size[bi] * row + size[bj] * other) / (size[bi] + size[bj])
        live = size > 0
        for c in np.nonzero(live)[0]:
            if c not in (bi, bj):
                if c < bi:
                    sim[c, bi] = merged[c]
                else:
                    sim[bi, c] = merged[c]
        sim[bj, :] = sim[:, bj] = -np.inf
        label[label == bj] = bi
        size[bi] += size[bj]
        size[bj] = 0
    return dict(zip(arts, label))


def event_accuracy(sets, threshold, neighbour):
    """(right, all) article pairs: same event in the gold iff in one cluster."""
    right = total = 0
    for sims, event in sets:
        label = events(sims, threshold, neighbour)
        for a, b in sims:
            right += (label[a] == label[b]) == (event[a] == event[b])
            total += 1
    return np.array([right, total])


def fit_events(combined, single, topics, folds, grid):
    """The (neighbour, threshold, names' share) with the best accuracy, both
    kinds of set weighed alike, cross-validated by topic."""
    def mix(sets, names):
        return [(mixed(sims, names), event) for sims, event in sets]
    shares = sorted({g[2] for g in grid})
    two_sets = {(t, w): mix(combined[t], w) for t in topics for w in shares}
    one_sets = {(t, w): mix(single[t], w) for t in topics for w in shares}
    acc = {t: {g: (event_accuracy(two_sets[(t, g[2])], g[1], g[0]), event_accuracy(one_sets[(t, g[2])], g[1], g[0]))
               for g in grid} for t in topics}

    def best(ts):
        def score(g):
            two, one = sum(acc[t][g][0] for t in ts), sum(acc[t][g][1] for t in ts)
            return two[0] / two[1] + one[0] / one[1]
        return max(grid, key=score)
    two, one = np.zeros(2), np.zeros(2)
    for k in range(folds):
        held = topics[k::folds]
        g = best([t for t in topics if t not in held])
        two += sum(acc[t][g][0] for t in held)
        one += sum(acc[t][g][1] for t in held)
    chosen = best(topics)
    print(f'event threshold {chosen[1]:.3f} at neighbour {chosen[0]}, names {chosen[2]:.2f}: '
          f'cross-validated article-pair accuracy '
          f'{two[0] / two[1]:.3f} on two-event sets, {one[0] / one[1]:.3f} on one-event sets')
    return chosen


def fit_event_threshold(args, tmp, weights, collected, topics):
    """The event threshold, from the combined topics' article similarities
    (collected) and each subtopic's alone."""
    subtopic = {f[:-4]: sub for sub in os.listdir(os.path.join(args.data, 'topics'))
                for f in os.listdir(os.path.join(args.data, 'topics', sub))}
    event = {f + '.txt': sub for f, sub in subtopic.items()}
    combined = {t: [(sims, event)] for t, (_, sims) in collected.items()}
    single = {t: [(sims, event) for sims in s] for t, s in subtopic_articles(args, tmp, weights, topics).items()}
    lo, hi, step = map(float, args.event_thresholds.split(':'))
    shares = [round(w, 4) for w in np.linspace(0, 1, args.event_name_shares)]
    grid = [(k, round(t, 4), w) for k in range(1, args.event_neighbours + 1) for t in np.arange(lo, hi, step)
            for w in shares]
    return fit_events(combined, single, topics, args.folds, grid)


def collect(args, topic, folder, sents, gold, tmp, weights):
    dump = os.path.join(tmp, f'features-{topic}.tsv')
    articles = os.path.join(tmp, f'articles-{topic}.tsv')
    report = run_cli(args, folder, {'PARALLAX_ALIGN_FEATURES': dump, 'PARALLAX_ALIGN_ARTICLES': articles,
                                    'PARALLAX_ALIGN_WEIGHTS': weights})
    mapping = sentence_map(report, folder, sents)
    rows = []
    lines = [line.rstrip('\n').split('\t') for line in open(dump, encoding='utf-8')]
    for f in lines:
        ea, eb = mapping.get((f[0], int(f[1]))), mapping.get((f[2], int(f[3])))
        if ea is None or eb is None or (not ea and not eb):
            continue
        # A checked sentence against one ECB+ left unannotated: a negative.
        # Those sentences mostly report other claims of the event (background,
        # reactions); without them the model learns that any two sentences
        # of one event match, and links everything in a one-event set.
        label = bool(ea and eb) and any(tuple(sorted((x, y))) in gold[topic] for x in ea for y in eb)
        rows.append([float(v) for v in f[4:]] + [float(label), 1.0 if ea and eb else 0.0])
    return rows, article_similarities(articles)


def design(X, model):
    cols, names = [], []
    for i, name in enumerate(FEATURES):
        if model == 'lexical' and name in VECTOR_FEATURES:
            continue
        cols.append(X[:, i])
        names.append((name, None))
    for a, b in PRODUCTS:
        if model == 'lexical' and (a in VECTOR_FEATURES or b in VECTOR_FEATURES):
            continue
        cols.append(X[:, FEATURES.index(a)] * X[:, FEATURES.index(b)])
        names.append((a, b))
    return np.column_stack(cols), names


def fit(X, y, model):
    D, names = design(X, model)
    mean, scale = D.mean(0), D.std(0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=1.0, max_iter=2000).fit((D - mean) / scale, y)
    terms = []
    for (a, b), m, s, w in zip(names, mean, scale, clf.coef_[0]):
        term = {'feature': a, 'mean': round(float(m), 6), 'scale': round(float(s), 6),
                'weight': round(float(w), 6)}
        if b:
            term['times'] = b
        terms.append(term)
    return {'bias': round(float(clf.intercept_[0]), 6), 'terms': terms}


def table(models, threshold, meta, event=(1, 0.0, 0.0)):
    for m in models.values():
        if m.get('output') != 'score':
            m['threshold'] = threshold
            m['event_neighbour'], m['event_threshold'], m['event_names'] = int(event[0]), float(event[1]), float(event[2])
    return dict({'format': 'parallax-align-weights', 'version': 1}, **meta, models=models)


def pair_counts(report, mapping, gold):
    pred = set()
    for g in report.get('groups', []):
        ms = {(m['document'], m['sentence']) for m in g['members']}
        for a in ms:
            for b in ms:
                if a < b and a[0] != b[0]:
                    for x in mapping.get(a, ()):
                        for y in mapping.get(b, ()):
                            pred.add(tuple(sorted((x, y))))
    return len(pred & gold), len(pred - gold), len(gold - pred)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def one_standard_error(grid, counts, by_topic, topics, resamples=1000):
    """The highest threshold whose cross-validated F1 is within one standard
    error of the best (Breiman's one-standard-error rule). A shown link is a
    claim made to the reader, and ECB+ gold counts any two sentences that
    mention one event as a pair, which favours linking more than a reader
    comparing claims wants; among thresholds the data cannot tell apart, the
    stricter one is kept. The standard error is the spread of the best
    threshold's micro F1 over topics resampled with replacement."""
    top = max(grid, key=lambda th: prf(*counts[th])[2])
    rng = np.random.default_rng(0)
    per = np.array([by_topic[(t, top)] for t in topics])
    boot = [prf(*per[rng.integers(0, len(topics), len(topics))].sum(0))[2] for _ in range(resamples)]
    se = float(np.std(boot))
    floor = prf(*counts[top])[2] - se
    chosen = max(th for th in grid if th >= top and prf(*counts[th])[2] >= floor)
    print(f'best cross-validated F1 {prf(*counts[top])[2]:.3f} at {top:.3f}, standard error {se:.3f}: '
          f'the highest threshold within it is {chosen:.3f}')
    return chosen


# Features of one sentence against another, without the article around it.
SENTENCE_FEATURES = ['lexical', 'cosine', 'soft', 'embedding', 'entities', 'entity_conflict',
                     'figures', 'length', 'cross_lingual', 'chargram_3', 'chargram_4', 'chargram_5']


def sts_rows(path, genre=None):
    rows = []
    for r in read_tsv(path):
        if genre is None or r['genre'] == genre:
            rows.append(r)
    return rows


def sts_features(args, rows, tmp, name, columns=('sentence1', 'sentence2'), languages='de'):
    dump = os.path.join(tmp, f'sts-{name}.tsv')
    dummy = os.path.join(tmp, 'sts-dummy.json')
    term = [{'feature': 'lexical', 'mean': 0, 'scale': 1, 'weight': 1}]
    json.dump(table({'lexical': {'bias': 0, 'terms': term}, 'similarity': {'bias': 0, 'terms': term},
                     'similarity-lexical': {'bias': 0, 'terms': term}}, 0.5, {}), open(dummy, 'w'))
    text = ''.join(f'{r[columns[0]]}\t{r[columns[1]]}\n' for r in rows)
    env = dict(os.environ, PARALLAX_ALIGN_FEATURES=dump, PARALLAX_ALIGN_WEIGHTS=dummy)
    out = subprocess.run([os.path.join(args.build, 'bench', 'px-score-pairs'), '--language', languages],
                         input=text, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit('px-score-pairs failed: ' + out.stderr[-300:])
    X = np.zeros((len(rows), len(FEATURES)))
    for line in open(dump, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        pair = int(re.sub(r'\D', '', f[0])) // 2
        X[pair] = [float(v) for v in f[4:]]
    return X


def spearman(a, b):
    # Tied scores share their mean rank: the human scores have many ties.
    return float(np.corrcoef(rankdata(a), rankdata(b))[0, 1])


def similarity_design(X, model):
    cols = [i for i, f in enumerate(FEATURES) if f in SENTENCE_FEATURES and
            not (model == 'lexical' and f in VECTOR_FEATURES)]
    extra = [] if model == 'lexical' else [('soft', 'soft'), ('soft', 'embedding')]
    D = np.column_stack([X[:, i] for i in cols] + [X[:, FEATURES.index(a)] * X[:, FEATURES.index(b)] for a, b in extra])
    return D, [(FEATURES[i], None) for i in cols] + extra


def fit_similarity(X, y, model, weight):
    D, names = similarity_design(X, model)
    mean, scale = D.mean(0), D.std(0)
    scale[scale == 0] = 1.0
    reg = Ridge(alpha=1.0).fit((D - mean) / scale, y / 5.0, sample_weight=weight)
    terms = []
    for (a, b), m, s, w in zip(names, mean, scale, reg.coef_):
        term = {'feature': a, 'mean': round(float(m), 6), 'scale': round(float(s), 6), 'weight': round(float(w), 6)}
        if b:
            term['times'] = b
        terms.append(term)
    return {'output': 'score', 'bias': round(float(reg.intercept_), 6), 'terms': terms}


def news_weight(X, y, news, model, grid=(1, 2, 4, 8, 16), folds=5):
    """How much more a news pair counts in the fit than a caption or forum
    pair: the app compares news. Chosen by 5-fold cross-validated Spearman on
    the train split's news pairs, never on dev."""
    D, _ = similarity_design(X, model)
    split = list(KFold(folds, shuffle=True, random_state=0).split(D))

    def cv(w):
        weight = np.where(news, w, 1.0)
        rho = []
        for tr, te in split:
            mean, scale = D[tr].mean(0), D[tr].std(0)
            scale[scale == 0] = 1.0
            reg = Ridge(alpha=1.0).fit((D[tr] - mean) / scale, y[tr], sample_weight=weight[tr])
            pred = reg.predict((D[te] - mean) / scale)
            rho.append(spearman(pred[news[te]], y[te][news[te]]))
        return float(np.mean(rho))
    scores = {w: cv(w) for w in grid}
    best = max(grid, key=lambda w: scores[w])
    print(f'similarity ({model}): news weight {best} (train CV news Spearman ' +
          ', '.join(f'{w}: {scores[w]:.4f}' for w in grid) + ')')
    return best


def score_linear(model, X):
    z = np.full(len(X), model['bias'])
    for t in model['terms']:
        x = X[:, FEATURES.index(t['feature'])]
        if 'times' in t:
            x = x * X[:, FEATURES.index(t['times'])]
        z += t['weight'] * (x - t['mean']) / t['scale']
    return z


def similarity_models(args, tmp):
    sts = os.path.join(os.path.dirname(args.data), 'german-sts')
    train, dev = sts_rows(os.path.join(sts, 'train.tsv')), sts_rows(os.path.join(sts, 'dev.tsv'))
    Xt, Xd = sts_features(args, train, tmp, 'train'), sts_features(args, dev, tmp, 'dev')
    yt, yd = np.array([float(r['score']) for r in train]), np.array([float(r['score']) for r in dev])
    news = np.array([r['genre'] == 'main-news' for r in dev])
    news_train = np.array([r['genre'] == 'main-news' for r in train])
    models = {}
    for model, key in (('semantic', 'similarity'), ('lexical', 'similarity-lexical')):
        weight = news_weight(Xt, yt, news_train, model)
        models[key] = fit_similarity(Xt, yt, model, np.where(news_train, weight, 1.0))
        pred = score_linear(models[key], Xd)
        print(f'similarity ({model}): German STS dev Spearman all {spearman(pred, yd):.3f} '
              f'main-news {spearman(pred[news], yd[news]):.3f} (fitted on train)')
    return models


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default=os.path.join(TOP, '_build-rel'))
    ap.add_argument('--data', default=os.path.join(TOP, '../shared/data/ecbplus-dev'))
    ap.add_argument('--out', default=os.path.join(TOP, 'data/align-weights.json'))
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--thresholds', default='0.005:0.10:0.005')
    ap.add_argument('--no-events', dest='events', action='store_false', help='leave the event gate off')
    ap.add_argument('--event-thresholds', default='0.1:0.8:0.025')
    ap.add_argument('--event-neighbours', type=int, default=6)
    ap.add_argument('--event-name-shares', type=int, default=5,
                    help='how many shares of the names-and-figures cosine, 0 to 1, to try')
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--no-cross-lingual', action='store_true')
    args = ap.parse_args()
    args.cli = os.path.join(args.build, 'src', 'cli', 'parallax-cli')
    # A release build finds only the installed vectors table: use the build's.
    table_path = os.path.join(args.build, 'src', 'core', 'lexicon', 'vectors-en.pxidx')
    if 'PARALLAX_VECTORS' not in os.environ and os.path.isfile(table_path):
        os.environ['PARALLAX_VECTORS'] = table_path
    print('word vectors:', os.environ.get('PARALLAX_VECTORS') or 'none (lexical features only)')
    lo, hi, step = map(float, args.thresholds.split(':'))
    grid = [round(t, 4) for t in np.arange(lo, hi, step)]

    sents, gold = load_gold(args.data)
    tmp = tempfile.mkdtemp(prefix='parallax-fit-')
    dirs = combined_topics(args.data, tmp)
    topics = list(dirs)
    # The similarity model first: the link model's rank features rank by it.
    similarity = similarity_models(args, tmp)
    term = [{'feature': 'lexical', 'mean': 0, 'scale': 1, 'weight': 1}]
    first = os.path.join(tmp, 'similarity.json')
    json.dump(table(dict(similarity, lexical={'bias': 0, 'terms': term}), 0.5, {}), open(first, 'w'))
    with ThreadPoolExecutor(args.jobs) as ex:
        collected = dict(zip(topics, ex.map(lambda t: collect(args, t, dirs[t], sents, gold, tmp, first), topics)))
    per_topic = {t: rows for t, (rows, _) in collected.items()}
    event = fit_event_threshold(args, tmp, first, collected, topics) if args.events else (1, 0.0, 0.0)
    X = np.array([r[:-2] for t in topics for r in per_topic[t]])
    y = np.array([r[-2] for t in topics for r in per_topic[t]])
    both_checked = np.array([r[-1] for t in topics for r in per_topic[t]]) > 0
    groups = np.array([int(t) for t in topics for _ in per_topic[t]])
    n_gold = sum(len(gold[t]) for t in topics)
    print(f'topics {len(topics)}  labelled candidate pairs {int(both_checked.sum())} ({int(y.sum())} gold of '
          f'{n_gold}: candidate recall {y.sum() / n_gold:.3f}), and {int((~both_checked).sum())} pairs of a '
          f'checked sentence with an unannotated one as negatives')

    # Cross-validation by topic: fit on K-1 folds, group the held-out fold.
    counts = {t: np.zeros(3) for t in grid}
    by_topic = collections.defaultdict(lambda: np.zeros(3))   # (topic, threshold) → counts
    folds = list(GroupKFold(args.folds).split(X, y, groups))
    for k, (train, test) in enumerate(folds):
        models = {m: fit(X[train], y[train], m) for m in ('semantic', 'lexical')}
        models.update(similarity)
        path = os.path.join(tmp, f'fold-{k}.json')
        json.dump(table(models, 0.5, {}, event), open(path, 'w'))
        held = sorted({str(g) for g in groups[test]}, key=int)
        jobs = [(t, th) for t in held for th in grid]

        def score(job):
            t, th = job
            rep = run_cli(args, dirs[t], {'PARALLAX_ALIGN_WEIGHTS': path}, th)
            return t, th, pair_counts(rep, sentence_map(rep, dirs[t], sents), gold[t])
        with ThreadPoolExecutor(args.jobs) as ex:
            for t, th, c in ex.map(score, jobs):
                counts[th] += c
                by_topic[(t, th)] += c
    print('cross-validated pair precision / recall / F1 by threshold (ECB+ dev, combined topics):')
    for th in grid:
        print('  %.3f  P %.3f  R %.3f  F1 %.3f' % ((th,) + prf(*counts[th])))
    best = one_standard_error(grid, counts, by_topic, topics)
    p, r, f = prf(*counts[best])
    if best in (grid[0], grid[-1]):
        print('warning: the chosen threshold is at the edge of the grid; widen --thresholds')
    print(f'chosen threshold {best:.3f}: cross-validated P {p:.3f} R {r:.3f} F1 {f:.3f}')

    models = {m: fit(X, y, m) for m in ('semantic', 'lexical')}
    models.update(similarity)
    meta = {'fitted_by': 'bench/fit-scorer.py',
            'data': 'ECB+ dev (../shared/data/ecbplus-dev), %d topics, subtopics combined' % len(topics),
            'date': datetime.date.today().isoformat(),
            'cross_validation': {'folds': args.folds, 'by': 'topic', 'precision': round(p, 4),
                                 'recall': round(r, 4), 'f1': round(f, 4)}}
    with open(args.out + '.tmp', 'w', encoding='utf-8') as out:
        json.dump(table(models, best, meta, event), out, indent=2)
        out.write('\n')
    os.replace(args.out + '.tmp', args.out)
    schema = os.path.join(TOP, 'data/io.github.parallax.Parallax.gschema.xml')
    text = open(schema, encoding='utf-8').read()
    text = re.sub(r'(<key name="alignment-threshold" type="d">.*?<default>)[^<]*(</default>)',
                  r'\g<1>%.3f\g<2>' % best, text, flags=re.S)
    open(schema, 'w', encoding='utf-8').write(text)
    print(f'wrote {os.path.relpath(args.out, TOP)} and the schema default {best:.3f}')
    if not args.no_cross_lingual:
        fit_cross_lingual(args)


def fit_cross_lingual(args):
    """The German–English model reads the similarity model just written."""
    subprocess.run([sys.executable, os.path.join(TOP, 'bench', 'fit-cross-lingual.py'), '--build', args.build,
                    '--table', args.out, '--jobs', str(args.jobs)], check=True)


if __name__ == '__main__':
    main()
