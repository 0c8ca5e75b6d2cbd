package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/examples/internal/grantsdb"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/fundclaims/fundclaims/funding/grants"
)

// total is the total command: it prints the exact total the flags choose,
// what it rests on and left out, the query behind it, and, with -claim,
// the verdict on a stated figure.
func total(ctx context.Context, fs *flag.FlagSet, dsn *string, args []string, stdout, _ io.Writer) (int, error) {
	var q grants.Query
	var year, from, to, code, by, claim string
	fs.StringVar(&q.Funder, "funder", "", "the funder's `name` or identifier")
	fs.StringVar(&q.Recipient, "recipient", "", "the recipient's `name` or identifier")
	fs.StringVar(&q.Programme, "programme", "", "the grant programme's `title` or code")
	fs.StringVar(&year, "year", "", "the UK financial `year` of the award, such as 2017-18")
	fs.StringVar(&from, "from", "", "the first award `date`, YYYY-MM-DD")
	fs.StringVar(&to, "to", "", "the last award `date`, YYYY-MM-DD")
	fs.StringVar(&code, "currency", "GBP", "the `currency` to total")
	fs.StringVar(&by, "by", "", "break the total down by funder, recipient, programme or year")
	fs.StringVar(&claim, "claim", "", "a stated `figure` to weigh against the total, such as \"more than £12 million\"")
	if err := fs.Parse(args); err != nil {
		return parseStatus(err), nil
	}
	if fs.NArg() > 0 {
		return exitUsage, &usageError{fmt.Sprintf("total: unexpected %q: the filters are flags", fs.Arg(0))}
	}
	var err error
	if year != "" {
		if q.Year, err = funding.ParseFiscalYear(year); err != nil {
			return exitUsage, flagError("year", err)
		}
	}
	if from != "" {
		if q.From, err = funding.ParseDate(from); err != nil {
			return exitUsage, flagError("from", err)
		}
	}
	if to != "" {
		if q.To, err = funding.ParseDate(to); err != nil {
			return exitUsage, flagError("to", err)
		}
	}
	if q.Currency, err = currency.ParseCode(code); err != nil {
		return exitUsage, flagError("currency", err)
	}
	if q.By, err = grants.ParseGroup(by); err != nil {
		return exitUsage, flagError("by", err)
	}
	var stated currency.Figure
	if claim != "" {
		if stated, err = currency.ParseFigure(claim); err != nil {
			return exitUsage, flagError("claim", err)
		}
	}
	s, db, err := grantsdb.Open(ctx, *dsn, false)
	if errors.Is(err, os.ErrNotExist) {
		return exitFail, fmt.Errorf("total: -db %s: no such SQLite file; load grants into it first with grants load -db %[1]s FILE", *dsn)
	}
	if err != nil {
		return exitFail, fmt.Errorf("total: -db %s: %w", grantsdb.Redact(*dsn), err)
	}
	defer db.Close()
	t, err := s.Total(ctx, q)
	if err != nil {
		return exitFail, err
	}
	what := grantsdb.Describe(t.Query)
	fmt.Fprintf(stdout, "Grants in %v %s:\n", t.Query.Currency, what)
	grantsdb.WriteRow(stdout, "  ", t.All)
	if t.All.Negatives == 0 {
		fmt.Fprintln(stdout, "  Negative grants: none.")
	}
	if t.All.Zeros == 0 {
		fmt.Fprintln(stdout, "  Grants of zero: none.")
	}
	if t.All.Duplicates == 0 {
		fmt.Fprintln(stdout, "  Grant ids loaded again from other files: none.")
	}
	if t.All.Regrants == 0 {
		fmt.Fprintln(stdout, "  Regrants marked in the files: none.")
	}
	fmt.Fprintln(stdout, "  Each grant is counted once, under its first funder and first recipient, in the financial year of its award date.")
	for _, src := range t.Sources {
		fmt.Fprintf(stdout, "  Loaded from: %s\n", relative(src))
	}
	if len(t.Excluded) == 0 {
		fmt.Fprintln(stdout, "  Left out: no grants in other currencies.")
	}
	for _, r := range t.Excluded {
		fmt.Fprintf(stdout, "  Left out, in %s and not added in: %s in %s.\n", r.Key, r.Amount, grantsdb.Count(r.Count))
	}
	if len(t.Rows) > 0 {
		fmt.Fprintf(stdout, "\nBy %v:\n", t.Query.By)
		for _, r := range t.Rows {
			name := r.Key
			if name == "" {
				name = "(none)"
			}
			fmt.Fprintf(stdout, "  %s\n", name)
			grantsdb.WriteRow(stdout, "    ", r)
		}
	}
	fmt.Fprintf(stdout, "\nThe query, to run again on %s:\n%s\n", grantsdb.Redact(*dsn), indent(t.SQL))
	if claim != "" {
		f, err := assess(stated, claim, t, what)
		if err != nil {
			return exitFail, err
		}
		fmt.Fprintf(stdout, "\nClaim: %q\nVerdict: %v\n%s\n", claim, f.Verdict, f.Explanation)
	}
	return exitOK, nil
}

// assess weighs the stated figure against the total with package claims:
// the grants are the record, one allocation of their net total, and the
// claim states the figure about it. With no grants, or a net total below
// zero, the record has no amount, and claims says it cannot support the
// figure.
func assess(stated currency.Figure, text string, t grants.Total, what string) (claims.Finding, error) {
	const pkg, alloc = "published-grants", "total"
	funder := t.Query.Funder
	if funder == "" {
		funder = "every funder loaded"
	}
	p := funding.Package{ID: pkg, Title: "Grants " + what, Funder: funding.Org{Name: funder}}
	if t.All.Count > 0 && t.All.Amount.Sign() >= 0 {
		p.Allocations = []funding.Allocation{{ID: alloc, Title: grantsdb.Count(t.All.Count) + " " + what, Amount: t.All.Amount}}
	}
	sa := claims.StatedAmount{Figure: stated}
	if len(p.Allocations) > 0 {
		sa.Allocation = alloc
	}
	r := claims.Record{
		Packages: []funding.Package{p},
		Claims: []claims.Claim{{
			ID: "claim", Speaker: funding.Person{Name: "the claim"}, Quote: text, About: pkg,
			Assertions: claims.Assertions{sa},
		}},
	}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		return claims.Finding{}, err
	}
	return a.Findings[0], nil
}

// relative returns path relative to the working directory if it is
// inside it, or as it is.
func relative(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	rel, err := filepath.Rel(wd, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return path
	}
	return rel
}

// indent indents each line of s by two spaces.
func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}

// flagError returns err, the error of reading the value of the flag
// -name, as a usage error that names the flag.
func flagError(name string, err error) error {
	return &usageError{"total: -" + name + ": " + err.Error()}
}
