package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/policylint/policylint/linter"
)

type parseOptions struct {
	Path        string
	InputFormat string
}

func newParseCmd(s streams) *cobra.Command {
	opts := &parseOptions{}
	cmd := &cobra.Command{
		Use:   "parse FILE",
		Short: "Print the clause document the rules see for a policy, as JSON",
		Long: `parse prints, as JSON, the exact input the Rego rules evaluate for FILE:
its clauses with kind, heading path, text, sentences, positions and the
vocabulary concepts found in them. Rule authors use it to see what their
rules can match.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Path = args[0]
			return runParse(cmd.Context(), opts, s)
		},
	}
	cmd.Flags().StringVar(&opts.InputFormat, "input-format", "", "parse as html, markdown or text instead of detecting it")
	return cmd
}

func runParse(ctx context.Context, opts *parseOptions, s streams) error {
	if err := checkInputFormat(opts.InputFormat); err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	l, err := linter.New(ctx, linter.Options{Format: opts.InputFormat})
	if err != nil {
		return fmt.Errorf("loading the rules: %w", err)
	}
	doc, err := l.ParseFile(opts.Path)
	if err != nil {
		fmt.Fprintf(s.Err, "policylint: %v\n", err)
		return inputError{1}
	}
	enc := json.NewEncoder(s.Out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
