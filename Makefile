# extract: see README.md. Every target works on a fresh clone.
GO      ?= go
BIN     := bin/extract
SHARED  ?= ../shared
PEER    := $(SHARED)/peer-cases
PKGS    := ./...

.PHONY: build run test race bench peer eval lint golden clean

build:
	@mkdir -p bin
	$(GO) build -o $(BIN) ./cmd/extract

# Process seeds/ into out/ and print the summary.
run: build
	./$(BIN) run --out out seeds/

# Unit, end-to-end (DuckDB, pandas when present), peer yardstick and the accuracy gate.
test: build lint
	$(GO) test -count=1 $(PKGS)
	$(GO) test -race -count=1 -run 'Deterministic|Concurrent' ./pipeline/
	$(MAKE) --no-print-directory eval
	@if [ -d "$(PEER)" ]; then $(MAKE) --no-print-directory peer; else echo "peer: $(PEER) absent, skipped"; fi

race:
	$(GO) test -race -count=1 ./pipeline/...

# The accuracy gate over the committed gold files, with committed floors and baselines.
# holdout.jsonl was written after the rules were tuned on seeds and hard: it
# measures how extraction generalises (see testdata/gold/HOLDOUT.md); it has steered
# the program once, holdout2.jsonl never has (HOLDOUT2.md).
eval: build
	./$(BIN) eval --gold testdata/gold/seeds.jsonl $$(cat testdata/gold/seeds.floors) --baseline testdata/gold/seeds.baseline.json
	./$(BIN) eval --gold testdata/gold/hard.jsonl $$(cat testdata/gold/hard.floors) --baseline testdata/gold/hard.baseline.json
	./$(BIN) eval --gold testdata/gold/holdout.jsonl $$(cat testdata/gold/holdout.floors) --baseline testdata/gold/holdout.baseline.json
	./$(BIN) eval --gold testdata/gold/holdout2.jsonl $$(cat testdata/gold/holdout2.floors) --baseline testdata/gold/holdout2.baseline.json

# Score the figure and date parsers on other projects' public test suites.
peer: build
	./$(BIN) peer --cases $(PEER) --check testdata/peer/summary.json

bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./pipeline/...
	./scripts/bench.sh

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

# Refresh golden files; review the diff before committing.
golden:
	$(GO) test ./... -run Golden -update

clean:
	rm -rf bin out
