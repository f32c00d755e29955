#!/usr/bin/env python3
"""Builds the Danish search test collection in src/test/resources/search-eval/ (rerun to regenerate):

  passages.tsv  id <TAB> source <TAB> text     (>= 400 passages)
  queries.tsv   id <TAB> stratum <TAB> query
  qrels.txt     TREC qrels: query 0 passage grade (2 = about it, 1 = mentions it)

Passages: paragraphs of the five public Aalborg Kommune documents in the project's seeds (source
"aalborg:<file>", public documents of a Danish municipality, used under "Vilkår for brug af danske
offentlige data"), the demo data's texts ("demo:<file>", taken from the same documents), and generated
passages labelled "SYNTETISK" (source "syntetisk").

Judging: each query has a hand-written list of concepts, each a set of regular expressions for the
surface forms a Danish reader counts as that concept (inflections, the concept inside compounds, old
spellings). A passage that holds every concept is relevant: grade 2 when a concept occurs at least twice
or in its first 160 characters, else 1. The patterns were written by hand from the information need, not
by running any of the analysers compared; they are one judge, not two, so no agreement figure exists.
"""
import os, re, random, glob, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "search-eval")
SEEDS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "seeds")
DEMO = os.path.join(HERE, "..", "src", "main", "resources", "demo")

def paragraphs(text, minimum=120, maximum=900):
    out, buf = [], ""
    for block in re.split(r"\n\s*\n", text):
        block = re.sub(r"\s+", " ", block).strip()
        if not block:
            continue
        buf = (buf + " " + block).strip()
        if len(buf) >= minimum:
            while len(buf) > maximum:
                cut = buf.rfind(". ", 0, maximum)
                cut = cut + 1 if cut > minimum else maximum
                out.append(buf[:cut].strip()); buf = buf[cut:].strip()
            if len(buf) >= minimum:
                out.append(buf); buf = ""
    if len(buf) >= 60:
        out.append(buf)
    return out

passages = []
for path in sorted(glob.glob(os.path.join(SEEDS, "0*.txt"))):
    for p in paragraphs(open(path, encoding="utf-8").read()):
        passages.append(("aalborg:" + os.path.basename(path), p))
def texts(node):
    """Every long string value of a parsed demo file (summaries, descriptions, comments)."""
    if isinstance(node, dict):
        for v in node.values():
            yield from texts(v)
    elif isinstance(node, list):
        for v in node:
            yield from texts(v)
    elif isinstance(node, str) and len(node) >= 80:
        yield re.sub(r"\s+", " ", node).strip()

import yaml
for path in sorted(glob.glob(os.path.join(DEMO, "**", "*.yaml"), recursive=True)):
    with open(path, encoding="utf-8") as f:
        for value in texts(yaml.safe_load(f)):
            passages.append(("demo:" + os.path.relpath(path, DEMO), value[:1500]))

# Generated passages, labelled SYNTETISK: short municipal sentences around compound-rich themes.
random.seed(15)
subjects = ["beskæftigelsesindsatsen", "den boligsociale indsats", "tryghedsvandringerne", "kriminalitetsforebyggelsen",
            "ungdomsklubberne", "boligforeningen", "helhedsplanen", "uddannelseshjælpen", "pasningsgarantien",
            "sundhedsindsatsen", "misbrugsbehandlingen", "nabolagsproblemerne", "politikredsen", "jobcenterets indsats",
            "dagtilbuddene", "familieindsatsen", "integrationsindsatsen", "ledighedsydelsen", "sagsbehandlingen",
            "Aalborg Kommunes handleplan", "Aabenraa Kommunes indsats", "ældreplejen", "skolevejledningen",
            "forebyggelsesindsatsen", "frivillighedsstrategien", "borgerinddragelsen", "naboskabsprojektet"]
verbs = ["blev evalueret i", "fortsætter i", "udvides i", "blev styrket i", "følges op i", "afsluttes i"]
objects = ["med fokus på unge ledige", "i samarbejde med Nordjyllands Politi", "for borgere i udsatte boligområder",
           "med nye indikatorer for trivsel", "med en styregruppe og en tovholder", "efter aftale med boligorganisationerne",
           "så flere kommer i uddannelse eller job", "for at mindske kriminaliteten blandt unge",
           "med tryghedsmålinger hvert år", "med opsøgende medarbejdere om aftenen"]
for i in range(160):
    s = random.choice(subjects); s = s[0].upper() + s[1:]
    years = random.choice(["2018", "2019", "2020", "2021", "2022"])
    extra = random.sample(objects, 2)
    passages.append(("syntetisk", f"SYNTETISK. {s} {random.choice(verbs)} {years} {extra[0]}, og arbejdet sker {extra[1]}."))

# de-duplicate, keep order
seen, unique = set(), []
for src, text in passages:
    if text not in seen:
        seen.add(text); unique.append((src, text))
passages = unique

W = r"[\wæøåÆØÅ]*"
def c(*stems):
    """A concept: each stem matches as a word start or inside a compound (case-insensitive)."""
    return [re.compile(W + s + W, re.I) for s in stems]
def w(*stems):
    """A concept that must start a word (no compound head before it)."""
    return [re.compile(r"\b" + s + W, re.I) for s in stems]

Q = [
 # stratum 1: base words that also occur inside compounds
 ("base", "indsats", [c("indsats")]), ("base", "tryghed", [c("tryghed")]), ("base", "bolig", [c("bolig")]),
 ("base", "kriminalitet", [c("kriminalitet")]), ("base", "forebyggelse", [c("forebyggelse")]),
 ("base", "uddannelse", [c("uddannelse")]), ("base", "beskæftigelse", [c("beskæftigelse")]),
 ("base", "ungdom", [c("ungdom")]), ("base", "misbrug", [c("misbrug")]), ("base", "sundhed", [c("sundhed")]),
 ("base", "vandring", [c("vandring")]), ("base", "forening", [c("forening")]), ("base", "plan", [c("plan\\b", "planen", "planer")]),
 ("base", "garanti", [c("garanti")]), ("base", "politi", [c("politi\\b", "politiet", "politik?reds", "politis")]),
 ("base", "klub", [c("klub")]), ("base", "ledighed", [c("ledighed")]), ("base", "integration", [c("integration")]),
 ("base", "familie", [c("familie")]), ("base", "behandling", [c("behandling")]),
 # stratum 2: compounds
 ("compound", "beskæftigelsesindsats", [c("beskæftigelsesindsats")]), ("compound", "tryghedsvandring", [c("tryghedsvandring")]),
 ("compound", "boligforening", [c("boligforening")]), ("compound", "kriminalitetsforebyggelse", [c("kriminalitetsforebyg", "kriminalpræventiv")]),
 ("compound", "helhedsplan", [c("helhedsplan")]), ("compound", "uddannelseshjælp", [c("uddannelseshjælp")]),
 ("compound", "pasningsgaranti", [c("pasningsgaranti")]), ("compound", "ungdomsklub", [c("ungdomsklub")]),
 ("compound", "misbrugsbehandling", [c("misbrugsbehandling")]), ("compound", "sundhedsindsats", [c("sundhedsindsats")]),
 ("compound", "familieindsats", [c("familieindsats")]), ("compound", "integrationsindsats", [c("integrationsindsats")]),
 ("compound", "boligsocial", [c("boligsocial")]), ("compound", "tryghedsindeks", [c("tryghedsindeks")]),
 ("compound", "sagsbehandling", [c("sagsbehandl")]), ("compound", "handleplan", [c("handleplan")]),
 ("compound", "borgerinddragelse", [c("borgerinddrag")]), ("compound", "jobcenter", [c("jobcent")]),
 ("compound", "arbejdsmarked", [c("arbejdsmarked")]), ("compound", "dagtilbud", [c("dagtilbud")]),
 # stratum 3: inflection and aa/å variants
 ("variant", "indsatsen", [c("indsats")]), ("variant", "indsatser", [c("indsats")]), ("variant", "borgere", [w("borger")]),
 ("variant", "målene", [w("mål\\b", "målet", "målene", "mål[a-zæøå]")]), ("variant", "Ålborg", [w("aalborg", "ålborg")]),
 ("variant", "Aarsberetning", [c("årsberetning", "aarsberetning")]), ("variant", "maal", [w("mål\\b", "målet", "målene", "maal")]),
 ("variant", "Aabenraa", [w("aabenraa", "åbenrå")]), ("variant", "unges", [w("unge\\b", "unges", "ungdom")]),
 ("variant", "handleplanerne", [c("handleplan")]),
 # stratum 4: multi-word needs
 ("multi", "unge uden uddannelse", [w("unge\\b", "unges"), c("uddannelse")]),
 ("multi", "tryghed i boligområder", [c("tryghed", "tryg\\b"), c("boligområ", "boligsocial")]),
 ("multi", "kriminalitet blandt unge", [c("kriminal"), w("unge\\b", "unges", "ungdom")]),
 ("multi", "samarbejde med politiet", [c("samarbejd"), c("politi\\b", "politiet", "politikreds")]),
 ("multi", "flere i job", [c("job", "beskæftig")]),
 ("multi", "status på handlinger", [w("status"), w("handling")]),
 ("multi", "mål for uddannelse", [w("mål"), c("uddannelse")]),
 ("multi", "indsats for ledige", [c("indsats"), w("ledig")]),
 ("multi", "sundhed og trivsel", [c("sundhed"), c("trivsel")]),
 ("multi", "børn og leg", [w("børn"), w("leg\\b", "lege", "leg\\.")]),
]

def judge(text, concepts):
    hits = []
    for concept in concepts:
        n = sum(len(p.findall(text)) for p in concept)
        if n == 0:
            return 0
        head = any(p.search(text[:160]) for p in concept)
        hits.append(2 if n >= 2 or head else 1)
    return min(hits)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "passages.tsv"), "w", encoding="utf-8") as f:
    for i, (src, text) in enumerate(passages):
        f.write(f"p{i:04d}\t{src}\t{text.replace(chr(9), ' ')}\n")
with open(os.path.join(OUT, "queries.tsv"), "w", encoding="utf-8") as f, open(os.path.join(OUT, "qrels.txt"), "w") as r:
    for i, (stratum, q, concepts) in enumerate(Q):
        qid = f"q{i + 1:02d}"
        f.write(f"{qid}\t{stratum}\t{q}\n")
        for j, (_, text) in enumerate(passages):
            g = judge(text, concepts)
            if g:
                r.write(f"{qid} 0 p{j:04d} {g}\n")
print(len(passages), "passages,", len(Q), "queries")
