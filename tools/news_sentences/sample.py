#!/usr/bin/env python3
"""Draws a reproducible random sample of sentences from the news corpus for hand coding.

Skips the articles of the development set in ../shared/eval, so that the
coded sentences stay independent of the texts the extractor is scored on. Prints JSON lines
{"id", "doc", "sentence"}.

    tools/news_sentences/sample.py ../shared/corpus/news.jsonl.gz --count 800 --seed 7
"""
import argparse, gzip, json, random, re

DEV_IDS = {"wikinews_politics/ID" + i for i in (
    "45858 111064 123051 114901 81381 111492 82302 28660 62209 101427 58183 102789").split()}
DEV_IDS |= {"reuters21578/" + i for i in ("16095", "12143", "07643")}
SENTENCE_END = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201c]?[A-Z])')
ABBREVIATION = re.compile(r'(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Sen|Rep|Gov|St|Jr|Sr|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd)\.)$')


def sentences(text):
    for paragraph in text.split("\n"):
        pieces, current = SENTENCE_END.split(paragraph.strip()), ""
        merged = []
        for piece in pieces:
            current = current + " " + piece if current else piece
            if not ABBREVIATION.search(current):
                merged.append(current)
                current = ""
        if current:
            merged.append(current)
        for s in merged:
            s = s.strip()
            if 40 <= len(s) <= 400 and not s.isupper():
                yield s


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--count", type=int, default=800)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--politics-share", type=float, default=0.75)
    args = parser.parse_args()
    pools = {"politics": [], "other": []}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if article["id"] in DEV_IDS:
                continue
            pool = "politics" if article["id"].startswith("wikinews_politics") else "other"
            for i, s in enumerate(sentences(article["text"])):
                pools[pool].append((article["id"], i, s))
    rng = random.Random(args.seed)
    politics = round(args.count * args.politics_share)
    picked = rng.sample(pools["politics"], politics) + rng.sample(pools["other"], args.count - politics)
    rng.shuffle(picked)
    for n, (doc, i, s) in enumerate(picked):
        print(json.dumps({"id": "s%04d" % n, "doc": doc, "sentence": s}, ensure_ascii=False))


if __name__ == "__main__":
    main()
