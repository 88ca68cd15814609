#!/usr/bin/env python3
"""Scores `kg` on hand-coded news sentences, the way a held-out event-coding test does.

Each sentence is ingested as a document of its own (no title, no context), then for every
coded sentence it asks: does the graph hold an event of the coded class from this sentence
(class), and one whose source and target also match (class+actors)? Actor names match when
the coded name, case-folded and without a leading "the", equals or is contained in the
event actor's name, one of its aliases or affiliations (or the other way round). A coded
pronoun ("he", "they") matches any actor or none: a sentence read alone does not say whom it
names.

    tools/news_sentences/evaluate.py build/kg tools/news_sentences/coded.jsonl [--verbose]

The coded file has one JSON object a line: {"id", "doc", "sentence", "class", "source",
"target", ...}; lines with class null are sentences without a codable event and are only
used to count events predicted where the coders saw none.
"""
import argparse, collections, json, os, subprocess, sys, tempfile

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who"}


def norm(name):
    name = (name or "").lower().replace(".", "").replace("\u2019s", "").replace("'s", "").strip()
    for article in ("the ", "a ", "an "):
        if name.startswith(article):
            name = name[len(article):]
    return name


def actor_forms(actor):
    if not actor:
        return []
    if isinstance(actor, str):
        return [norm(actor)]
    forms = [actor.get("name", "")] + actor.get("aliases", []) + actor.get("affiliations", [])
    return [norm(f) for f in forms if f]


def actor_matches(coded, predicted):
    if not coded:
        return True
    want = norm(coded)
    if want in PRONOUNS:
        return True  # read alone, a pronoun names no one the graph could hold
    for form in actor_forms(predicted):
        if form and (form == want or want in form.split() or form in want.split()
                     or (len(want) > 3 and want in form) or (len(form) > 3 and form in want)):
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kg")
    parser.add_argument("coded")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--class", dest="only_class", help="print misses of this class only")
    args = parser.parse_args()
    coded = [json.loads(line) for line in open(args.coded, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        feed = os.path.join(tmp, "sentences.jsonl")
        with open(feed, "w", encoding="utf-8") as f:
            for c in coded:
                f.write(json.dumps({"id": c["id"], "text": c["sentence"]}) + "\n")
        db = os.path.join(tmp, "db")
        subprocess.run([args.kg, "ingest", "-q", "--db", db, feed], check=True, stdout=subprocess.DEVNULL)
        out = subprocess.run([args.kg, "events", "--db", db, "--format", "jsonl"],
                             check=True, capture_output=True, text=True).stdout
    events = collections.defaultdict(list)
    for line in out.splitlines():
        if line.strip():
            e = json.loads(line)
            events[e["doc"]].append(e)
    total = right_class = right_all = spurious = empty = 0
    per_class = collections.defaultdict(lambda: [0, 0, 0])
    for c in coded:
        predicted = events.get(c["id"], [])
        if not c.get("class"):
            empty += 1
            spurious += bool([e for e in predicted if e["class"] != "STATEMENT"])
            continue
        total += 1
        same = [e for e in predicted if e["class"] == c["class"]]
        full = [e for e in same if actor_matches(c.get("source"), e.get("source"))
                and actor_matches(c.get("target"), e.get("target"))]
        right_class += bool(same)
        right_all += bool(full)
        stats = per_class[c["class"]]
        stats[0] += 1
        stats[1] += bool(same)
        stats[2] += bool(full)
        if args.verbose and not full and (not args.only_class or args.only_class == c["class"]):
            got = "; ".join("%s %s->%s" % (e["class"], (e.get("source") or {}).get("name"),
                                          (e.get("target") or {}).get("name")) for e in predicted)
            print("%s %-9s %s->%s | got: %s\n    %s" % ("CLASS" if same else "MISS ", c["class"], c.get("source"),
                  c.get("target"), got or "-", c["sentence"]))
    print("%-10s %5s %7s %13s" % ("class", "coded", "class", "class+actors"))
    for name in sorted(per_class, key=lambda k: -per_class[k][0]):
        n, a, b = per_class[name]
        print("%-10s %5d %6.0f%% %12.0f%%" % (name, n, 100 * a / n, 100 * b / n))
    print("all        %5d %6.1f%% %12.1f%%" % (total, 100 * right_class / max(total, 1), 100 * right_all / max(total, 1)))
    print("sentences without a coded event: %d, with a non-STATEMENT event predicted: %d" % (empty, spurious))


if __name__ == "__main__":
    main()
