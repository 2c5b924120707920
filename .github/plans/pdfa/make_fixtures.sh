#!/bin/sh
# Needs: ghostscript icc-profiles-free (Debian). Writes bad.pdf and good-a2b.pdf in the cwd.
set -e
cp -L /usr/share/color/icc/ghostscript/srgb.icc ./srgb.icc
cp /usr/share/ghostscript/*/lib/PDFA_def.ps PDFA_def.ps  # references (srgb.icc) in the cwd
printf '%%!PS\n/Helvetica findfont 24 scalefont setfont 72 720 moveto (Hello PDF/A) show showpage\n' > hello.ps
gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOutputFile=bad.pdf hello.ps
gs -q -dNOPAUSE -dBATCH -dPDFA=2 -dPDFACompatibilityPolicy=1 -sColorConversionStrategy=RGB \
   -sDEVICE=pdfwrite --permit-file-read=srgb.icc -sOutputFile=good-a2b.pdf PDFA_def.ps hello.ps
