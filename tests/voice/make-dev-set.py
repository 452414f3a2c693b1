#!/usr/bin/env python3
# Chalán's speech development set: the intent table's phrasings (tests/data/assistant/intents.tsv) that are NOT among
# the committed spoken fixtures (tests/fixtures/voice, the test set), said by espeak-ng in several variants (voice
# es-419 or es, male or female, speed, pitch, added white noise) and post-processed like generate.sh. Tune on this set,
# report on the fixtures. The WAVs stay out of git (a few MB); the manifest it writes is nexus-bench voice's --fixtures.
# Usage: tests/voice/make-dev-set.py OUTDIR        (Debian: espeak-ng, sox)
import os, re, subprocess, sys, tempfile, unicodedata

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
out = os.path.abspath(sys.argv[1])
# (name, espeak voice, words per minute, pitch 0-99, noise amplitude or 0)
VARIANTS = [
    ('a', 'es-419', 150, 40, 0),
    ('b', 'es+f2', 175, 65, 0.004),
    ('c', 'es-419+m3', 195, 50, 0.008),
]


def norm(text):
    text = unicodedata.normalize('NFD', text.lower())
    text = ''.join(c for c in text if unicodedata.category(c) != 'Mn')
    return re.sub(r'[^a-z0-9]+', ' ', text).strip()


manifest = open(os.path.join(root, 'tests/fixtures/voice/manifest.tsv'), encoding='utf-8').read().splitlines()
fixtures = {norm(l.split('\t')[1]) for l in manifest if l and not l.startswith(('#', '@'))}
store = [l for l in manifest if l.startswith('@')]
rows, seen = [], set()
for line in open(os.path.join(root, 'tests/data/assistant/intents.tsv'), encoding='utf-8').read().splitlines():
    if not line or line.startswith(('#', '@')):
        continue
    cols = line.split('\t')
    key = norm(cols[0])
    if not key or key in fixtures or key in seen:
        continue
    seen.add(key)
    rows.append(cols + [''] * (3 - len(cols)))
os.makedirs(out, exist_ok=True)
lines = list(store)
for cols in rows:  # the people the table's orders and customers name are the store's customers
    for m in re.finditer(r'person=([^|0-9]+)(?:\||$)', cols[2]):
        if '@customer\t' + m.group(1).title() not in lines:
            lines.append('@customer\t' + m.group(1).title())
with tempfile.TemporaryDirectory() as work:
    raw = os.path.join(work, 'raw.wav')
    for name, voice, speed, pitch, noise in VARIANTS:
        for i, cols in enumerate(rows):
            wav = f'dev-{name}-{i:03d}.wav'
            subprocess.run(['espeak-ng', '-v', voice, '-s', str(speed), '-p', str(pitch), '-w', raw, cols[0]], check=True)
            effects = ['silence', '1', '0.02', '0.3%', 'reverse', 'silence', '1', '0.02', '0.3%', 'reverse',
                       'pad', '0.15', '0.15', 'gain', '-n', '-3']
            clean = os.path.join(work, 'clean.wav')
            subprocess.run(['sox', '-R', raw, '-V1', '-r', '16000', '-c', '1', '-b', '16', clean if noise else
                            os.path.join(out, wav)] + effects, check=True)
            if noise:
                hiss = os.path.join(work, 'noise.wav')
                length = subprocess.run(['soxi', '-D', clean], check=True, capture_output=True, text=True).stdout
                subprocess.run(['sox', '-R', '-V1', '-n', '-r', '16000', '-c', '1', '-b', '16', hiss, 'synth',
                                length.strip(), 'whitenoise', 'vol', str(noise)], check=True)
                subprocess.run(['sox', '-R', '-V1', '-m', clean, hiss, os.path.join(out, wav)], check=True)
            lines.append('\t'.join([wav] + cols[:3]))
open(os.path.join(out, 'manifest.tsv'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(len(rows), 'phrasings x', len(VARIANTS), 'variants in', out)
