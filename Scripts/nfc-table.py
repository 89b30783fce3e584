#!/usr/bin/env python3
# Generates the table of CanonicalComposition.swift: one bit per BMP code point from U+0300
# that NFC may change or that may combine with its neighbour (combining class not 0, NFC
# quick check No or Maybe). Python's unicodedata supplies the properties.
import unicodedata
suspect=set()
for cp in range(0x300,0x10000):
    if 0xD800<=cp<0xE000: continue
    c=chr(cp)
    if unicodedata.combining(c)!=0 or unicodedata.normalize('NFC',c)!=c:
        suspect.add(cp)
for cp in range(0,0x110000):
    if 0xD800<=cp<0xE000: continue
    d=unicodedata.decomposition(chr(cp))
    if d and not d.startswith('<'):
        parts=d.split()
        if len(parts)==2:
            suspect.add(int(parts[1],16))
suspect.update(range(0x1161,0x1176)); suspect.update(range(0x11A8,0x11C3))
suspect={c for c in suspect if 0x300<=c<0x10000}
words=[0]*1024
for c in suspect: words[c>>6]|=1<<(c&63)
# Run-length: list (index, word) for non-zero words.
nz=[(i,w) for i,w in enumerate(words) if w]
print(f"        // {len(suspect)} code points in {len(nz)} words")
out=[]
for i,w in nz: out.append(f"({i}, 0x{w:016X})")
lines=[]
line="        "
for x in out:
    if len(line)+len(x)+2>118: lines.append(line.rstrip()); line="        "
    line+=x+", "
lines.append(line.rstrip())
print("\n".join(lines))
