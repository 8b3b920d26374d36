#!/usr/bin/env bash
# Regeltest input.size, fout: een POP-bestand van meer dan 1 MiB (1.048.576 bytes).
# Zo'n bestand is te groot om in git te bewaren, dus maakt dit script het: het schrijft
# het bestand naar stdout (tests/rules/run.sh zet het in een tijdelijke map).
# Het begin is een gewoon, goed POP; daarna volgen 15.000 regels opvulling van 80 bytes
# (samen 1.200.000 bytes), zoals wanneer iemand per ongeluk een hele export in het POP plakt.
set -euo pipefail

cat <<'POP'
# Regeltest input.size, fout: het bestand is groter dan 1 MiB.
format_version: 1

person:
  id: l.bos
  name: Lotte Bos

period:
  start: 2025-08-01
  end: 2027-07-31

sign_off:
  employee: { name: Lotte Bos, date: 2025-10-01 }
  manager: { name: Frank Meijer, date: 2025-10-03 }

goals:
  - id: exit-tickets
    title: Exit tickets in havo 2
    specific: Ik sluit elke les aardrijkskunde in havo 2 af met een exit ticket van drie vragen.
    measurable: In 30 lessen een exit ticket gebruikt; de uitkomst bespreek ik de les erna.
    realistic:
      hours: 20
    start: 2025-09-01
    end: 2026-06-30
    inspiring: Ik wil sneller zien wat mijn leerlingen nog niet begrijpen.
# FOUT: hieronder staat ruim 1 MB aan tekst die niet in een POP hoort; een POP is een paar kilobyte.
POP

line='# opvulling: deze regel is tachtig bytes lang, met de regelovergang meegerekend'
for ((i = 0; i < 15000; i++)); do
    printf '%s\n' "$line"
done
