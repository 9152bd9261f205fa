package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/annotate"
	"github.com/sco-news/extract/pipeline/read"
)

// Exit codes, documented in the README.
const (
	exitOK       = 0
	exitFatal    = 1
	exitUsage    = 2
	exitRejected = 3
)

// streams are the IO a command uses, injected so tests can capture them.
type streams struct {
	In       io.Reader
	Out, Err io.Writer
}

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	err  error
}

// Error returns the message of the wrapped error.
func (e *exitError) Error() string { return e.err.Error() }

// Unwrap returns the wrapped error.
func (e *exitError) Unwrap() error { return e.err }

// usageError marks bad flags or arguments (exit 2).
func usageError(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

func newRootCmd(io streams, now func() time.Time) *cobra.Command {
	root := &cobra.Command{
		Use:           "extract",
		Short:         "Extract entities, figures, events and relations from SCO news into Parquet tables",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &exitError{code: exitUsage, err: err} })
	root.AddCommand(newRunCmd(io, now), newAnnotateCmd(io), newSchemaCmd(io), newDictCmd(io), newEvalCmd(io), newPeerCmd(io), newRunsCmd(io))
	return root
}

// execute runs the command line and maps errors to exit codes.
func execute(ctx context.Context, args []string, io streams) int {
	root := newRootCmd(io, time.Now)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.err.Error() != "" {
			fmt.Fprintln(io.Err, "extract:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(io.Err, "extract:", err)
	if isUsage(err) {
		return exitUsage
	}
	return exitFatal
}

func isUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "accepts ", "requires at least", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// loadAnnotator loads the dictionary (built-in plus --dict files) and gse.
func loadAnnotator(files []string) (*annotate.Annotator, error) {
	d, err := dict.Load(files...)
	if err != nil {
		return nil, &exitError{code: exitFatal, err: fmt.Errorf("load dictionary: %w", err)}
	}
	a, err := annotate.New(d)
	if err != nil {
		return nil, &exitError{code: exitFatal, err: err}
	}
	return a, nil
}

// parsePublished reads a --published flag value; "" is nil.
func parsePublished(s string) (*time.Time, error) {
	if s == "" {
		return nil, nil
	}
	t, err := read.ParseDate(s)
	if err != nil {
		return nil, usageError("--published: %v", err)
	}
	return &t, nil
}
