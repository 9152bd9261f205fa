// Command benchcorpus is the benchmark harness's helper (see
// scripts/bench.sh and docs/performance.md). It has two subcommands:
//
//	benchcorpus make -mb 200 -seeds seeds -out /tmp/corpus
//	    writes a corpus of at least 200 MB by repeating the seed files with
//	    varied file ids and shifted dates (so no two documents are equal);
//	benchcorpus segment -mode gse-dag|gse-hmm|ours /tmp/corpus
//	    segments every document the pipeline would read, line by line, in a
//	    plain loop, and prints start-up time, MB/s and documents/s.
//
// It is a development tool, not part of the extract binary: it is the only
// program that still loads gse's own segmenter, as the baseline.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "make":
		err = runMake(os.Args[2:])
	case "segment":
		err = runSegment(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: benchcorpus make [-mb N] [-seeds DIR] -out DIR | benchcorpus segment -mode gse-dag|gse-hmm|ours DIR")
	os.Exit(2)
}

func newFlags(name string) *flag.FlagSet {
	return flag.NewFlagSet("benchcorpus "+name, flag.ExitOnError)
}
