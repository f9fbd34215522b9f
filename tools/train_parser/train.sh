#!/usr/bin/env bash
# Train one small spaCy pipeline on a UD treebank, then score it on the treebank's test file.
# Usage: [CFG=small.cfg] [NAME=fr-small] tools/train_parser/train.sh LANG TREEBANK PREFIX MAX_STEPS [OUT]
#   CFG: parser.cfg (tok2vec width 96 depth 4 + morphologizer + parser, the default) or small.cfg
#   (width 64 depth 3, parser only: fast enough for 300 sentences/s); NAME: the model folder under OUT (default LANG)
#   tools/train_parser/train.sh fr UD_French-Sequoia fr_sequoia 4000
#   CFG=small.cfg NAME=en-small tools/train_parser/train.sh en UD_English-EWT en_ewt 4000
#   CFG=small.cfg NAME=ru-small tools/train_parser/train.sh ru UD_Russian-Taiga ru_taiga 3000
# Data: ../shared/data/ud (see its README); models go to OUT (default /work/parser-models), outside git.
set -euo pipefail
lang=$1 treebank=$2 prefix=$3 steps=$4 out=${5:-/work/parser-models}
cfg=${CFG:-parser.cfg} name=${NAME:-$lang}
here=$(cd "$(dirname "$0")" && pwd)
ud=$(cd "$here/../../.." && pwd)/shared/data/ud/$treebank
corpus=$out/corpus
mkdir -p "$corpus" "$out/logs"
for split in train dev test; do
  if [ ! -f "$corpus/$prefix-ud-$split.spacy" ]; then
    gzip -dc "$ud/$prefix-ud-$split.conllu.gz" > "$corpus/$prefix-ud-$split.conllu"
    # -T: a multi-word token ("du" = "de le", "au") becomes one token, as the tokenizer sees the raw text
    python -m spacy convert "$corpus/$prefix-ud-$split.conllu" "$corpus" --converter conllu --n-sents 10 -T
    rm "$corpus/$prefix-ud-$split.conllu"
  fi
done
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
start=$(date +%s)
nice -n 15 python -m spacy train "$here/$cfg" --output "$out/$name" --nlp.lang "$lang" \
  --paths.train "$corpus/$prefix-ud-train.spacy" --paths.dev "$corpus/$prefix-ud-dev.spacy" \
  --training.max_steps "$steps" --training.patience 1000 --training.eval_frequency 250 | tee "$out/logs/$name.log"
echo "training took $(( $(date +%s) - start )) s" | tee -a "$out/logs/$name.log"
nice -n 15 python -m spacy evaluate "$out/$name/model-best" "$corpus/$prefix-ud-test.spacy" \
  --output "$out/logs/$name-test.json" | tee -a "$out/logs/$name.log"
