package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/engine"
)

type parseOptions struct {
	Path        string
	InputFormat string
	Schema      bool
	Inputs      inputFlags
}

func newParseCmd(s streams) *cobra.Command {
	opts := &parseOptions{}
	cmd := &cobra.Command{
		Use:   "parse {FILE | - | URL | --schema}",
		Short: "Print the clause document the rules see for a policy, as JSON",
		Long: `parse prints, as JSON, the exact input the Rego rules evaluate for FILE:
its clauses with kind, heading path, text, sentences, positions and the
vocabulary concepts found in them. Rule authors use it to see what their
rules can match.

With --schema it prints instead the JSON Schema (draft 2020-12) of that
input, with a description of every field and how to use it in Rego; it
takes no FILE then.`,
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case opts.Schema && len(args) > 0:
				return usageError{errors.New("parse --schema takes no FILE")}
			case !opts.Schema && len(args) != 1:
				return usageError{fmt.Errorf("parse takes exactly one FILE (or --schema), got %d", len(args))}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				opts.Path = args[0]
			}
			return runParse(cmd.Context(), opts, s)
		},
	}
	cmd.Flags().StringVar(&opts.InputFormat, "input-format", "", "parse as html, markdown or text instead of detecting it")
	cmd.Flags().BoolVar(&opts.Schema, "schema", false, "print the JSON Schema of the rule input instead of parsing a FILE")
	opts.Inputs.register(cmd.Flags())
	return cmd
}

func runParse(ctx context.Context, opts *parseOptions, s streams) error {
	if err := checkInputFormat(opts.InputFormat); err != nil {
		return err
	}
	if opts.Schema {
		_, err := s.Out.Write(engine.InputSchema)
		return err
	}
	srcs, err := opts.Inputs.expand([]string{opts.Path}, s.In)
	if err != nil {
		return err
	}
	if len(srcs) != 1 {
		return usageError{fmt.Errorf("parse takes one policy, and %s holds %d (choose one with --include)", opts.Path, len(srcs))}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	l, err := linter.New(ctx, linter.Options{Format: opts.InputFormat, Language: opts.Inputs.Language})
	if err != nil {
		return fmt.Errorf("loading the rules: %w", err)
	}
	doc, err := l.ParseSource(ctx, srcs[0])
	if err != nil {
		fmt.Fprintf(s.Err, "policylint: %v\n", err)
		return inputError{1}
	}
	enc := json.NewEncoder(s.Out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
