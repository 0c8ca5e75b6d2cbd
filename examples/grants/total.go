package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
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
		return exitUsage, nil
	}
	if fs.NArg() > 0 {
		return exitUsage, &usageError{fmt.Sprintf("total: unexpected %q: the filters are flags", fs.Arg(0))}
	}
	var err error
	if year != "" {
		if q.Year, err = funding.ParseFiscalYear(year); err != nil {
			return exitUsage, err
		}
	}
	if from != "" {
		if q.From, err = funding.ParseDate(from); err != nil {
			return exitUsage, err
		}
	}
	if to != "" {
		if q.To, err = funding.ParseDate(to); err != nil {
			return exitUsage, err
		}
	}
	if q.Currency, err = currency.ParseCode(code); err != nil {
		return exitUsage, err
	}
	if q.By, err = grants.ParseGroup(by); err != nil {
		return exitUsage, err
	}
	var stated currency.Figure
	if claim != "" {
		if stated, err = currency.ParseFigure(claim); err != nil {
			return exitUsage, err
		}
	}
	s, db, err := open(ctx, *dsn)
	if err != nil {
		return exitFail, err
	}
	defer db.Close()
	t, err := s.Total(ctx, q)
	if err != nil {
		return exitFail, err
	}
	what := describe(t.Query)
	fmt.Fprintf(stdout, "Grants in %v %s:\n", t.Query.Currency, what)
	writeRow(stdout, "  ", t.All)
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
		fmt.Fprintf(stdout, "  Left out, in %s and not added in: %s in %s.\n", r.Key, r.Amount, grantCount(r.Count))
	}
	if len(t.Rows) > 0 {
		fmt.Fprintf(stdout, "\nBy %v:\n", t.Query.By)
		for _, r := range t.Rows {
			name := r.Key
			if name == "" {
				name = "(none)"
			}
			fmt.Fprintf(stdout, "  %s\n", name)
			writeRow(stdout, "    ", r)
		}
	}
	fmt.Fprintf(stdout, "\nThe query, to run again on %s:\n%s\n", redact(*dsn), indent(t.SQL))
	if claim != "" {
		f, err := assess(stated, claim, t, what)
		if err != nil {
			return exitFail, err
		}
		fmt.Fprintf(stdout, "\nClaim: %q\nVerdict: %v\n%s\n", claim, f.Verdict, f.Explanation)
	}
	return exitOK, nil
}

// writeRow writes a row's total and what it holds apart.
func writeRow(w io.Writer, in string, r grants.Row) {
	fmt.Fprintf(w, "%sTotal: %s in %s.\n", in, r.Amount, grantCount(r.Count))
	if r.Negatives > 0 {
		fmt.Fprintf(w, "%sNegative grants: %s, %s, netted off in the total.\n", in, grantCount(r.Negatives), r.Negative)
	}
	if r.Zeros > 0 {
		fmt.Fprintf(w, "%sGrants of zero: %d, counted in the total.\n", in, r.Zeros)
	}
	if r.Duplicates > 0 {
		fmt.Fprintf(w, "%sGrant ids loaded again from other files: %s, set aside, each grant counted once.\n", in, copies(r.Duplicates))
	}
	if r.Regrants > 0 {
		fmt.Fprintf(w, "%sRegrants, marked in the files as money to be granted on: %s, %s, counted in the total", in, grantCount(r.Regrants), r.Regrant)
		// Both are sums in the row's currency; an amount beyond
		// currency's range gives no difference rather than a wrong one.
		if direct, err := r.Amount.Sub(r.Regrant); err == nil {
			fmt.Fprintf(w, "; %s without them, so as not to count them twice beside the grants made from them", direct)
		}
		fmt.Fprintln(w, ".")
	}
}

// describe says which grants q chooses, as words after "Grants in GBP".
func describe(q grants.Query) string {
	var parts []string
	if q.Funder != "" {
		parts = append(parts, "from "+q.Funder)
	}
	if q.Recipient != "" {
		parts = append(parts, "to "+q.Recipient)
	}
	if q.Programme != "" {
		parts = append(parts, "in the programme "+q.Programme)
	}
	if q.Year != 0 {
		parts = append(parts, fmt.Sprintf("awarded in %v (%s to %s)", q.Year, q.Year.Start().Long(), q.Year.End().Long()))
	}
	switch {
	case !q.From.IsZero() && !q.To.IsZero():
		parts = append(parts, "awarded from "+q.From.Long()+" to "+q.To.Long())
	case !q.From.IsZero():
		parts = append(parts, "awarded on or after "+q.From.Long())
	case !q.To.IsZero():
		parts = append(parts, "awarded on or before "+q.To.Long())
	}
	if len(parts) == 0 {
		return "from every funder loaded"
	}
	return strings.Join(parts, ", ")
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
		p.Allocations = []funding.Allocation{{ID: alloc, Title: grantCount(t.All.Count) + " " + what, Amount: t.All.Amount}}
	}
	sa := claims.StatedAmount{Figure: stated}
	if len(p.Allocations) > 0 {
		sa.Allocation = alloc
	}
	r := claims.Record{
		Packages: []funding.Package{p},
		Claims: []claims.Claim{{
			ID: "claim", Speaker: claims.Speaker{Name: "the claim"}, Quote: text, About: pkg,
			Assertions: claims.Assertions{sa},
		}},
	}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		return claims.Finding{}, err
	}
	return a.Findings[0], nil
}

// grantCount returns "1 grant" or "n grants".
func grantCount(n int64) string {
	if n == 1 {
		return "1 grant"
	}
	return strconv.FormatInt(n, 10) + " grants"
}

// copies returns "1 copy" or "n copies".
func copies(n int64) string {
	if n == 1 {
		return "1 copy"
	}
	return strconv.FormatInt(n, 10) + " copies"
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

// redact returns dsn without a password, to print.
func redact(dsn string) string {
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 {
		return dsn
	}
	if colon := strings.Index(dsn[scheme+3:at], ":"); colon >= 0 {
		return dsn[:scheme+3+colon] + ":xxxxx" + dsn[at:]
	}
	return dsn
}
