package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/examples/internal/grantsdb"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/fundclaims/fundclaims/funding/grants"
)

// consultGrants returns r with each package that cites grants data as its
// evidence (a Source with Grants) given the exact total of those grants in
// the store at dsn as its headline, with a source saying where it came
// from, and a note for the reader of the report: the total, what it left
// out, and the query behind it. The record's own headline, if it has one,
// is set aside for the total; its allocations, if any, stay, to be weighed
// as an itemisation of it. A total of no grants, or of less than zero,
// leaves the package with no headline, and claims then says the record
// cannot support a figure. With dsn "" the store is not consulted: r is
// returned as it is and the note says so for each such package.
func consultGrants(ctx context.Context, dsn string, r claims.Record) (claims.Record, string, error) {
	var note strings.Builder
	var s *grants.Store
	cloned := false
	for i, p := range r.Packages {
		g, ok, err := citedGrants(p)
		if err != nil {
			return r, "", err
		}
		if !ok {
			continue
		}
		q := grants.Query{Funder: g.Funder, Year: g.Year, Recipient: g.Recipient, Programme: g.Programme}
		what := grantsdb.Describe(q)
		if dsn == "" {
			fmt.Fprintf(&note, "Evidence not consulted: the package %q cites published grants %s as its evidence; run with -grants DB to weigh its claims against their exact total. Its claims are assessed against the record alone.\n\n", p.ID, what)
			continue
		}
		if s == nil {
			store, db, err := grantsdb.Open(ctx, dsn, false)
			if errors.Is(err, fs.ErrNotExist) {
				return r, "", fmt.Errorf("-grants %s: no such SQLite file; load grants into it first with go run ./examples/grants load -db %[1]s FILE", dsn)
			}
			if err != nil {
				return r, "", fmt.Errorf("-grants: %w", err)
			}
			defer db.Close()
			s = store
		}
		t, err := s.Total(ctx, q)
		if err != nil {
			return r, "", fmt.Errorf("-grants: the package %q: %w", p.ID, err)
		}
		fmt.Fprintf(&note, "Evidence: the package %q cites published grants in %v %s.\n", p.ID, t.Query.Currency, what)
		grantsdb.WriteRow(&note, "  ", t.All)
		for _, x := range t.Excluded {
			fmt.Fprintf(&note, "  Left out, in %s and not added in: %s in %s.\n", x.Key, x.Amount, grantsdb.Count(x.Count))
		}
		if !cloned {
			// The decoded record is left as it was.
			r.Packages, cloned = slices.Clone(r.Packages), true
		}
		pp := &r.Packages[i]
		if !pp.Headline.IsZero() {
			fmt.Fprintf(&note, "  The record's headline, %q, is set aside for this total.\n", pp.Headline.Text())
		}
		pp.Headline = currency.Figure{}
		if t.All.Count > 0 && t.All.Amount.Sign() >= 0 {
			pp.Headline = currency.ExactFigure(t.All.Amount)
		} else {
			fmt.Fprintln(&note, "  No grants to total: the record has no amount for the package.")
		}
		pp.Sources = append(slices.Clip(pp.Sources), funding.Source{
			Title:     "Total of " + grantsdb.Count(t.All.Count) + " " + what + ", in the grants store",
			Publisher: grantsdb.Redact(dsn),
		})
		fmt.Fprintf(&note, "  The query, to run again on %s:\n    %s\n\n", grantsdb.Redact(dsn), strings.ReplaceAll(t.SQL, "\n", "\n    "))
	}
	return r, note.String(), nil
}

// citedGrants returns the grants p's sources cite, and whether one does.
// It returns an error if two do: a package's money is one total, and
// choosing one of two would be a guess.
func citedGrants(p funding.Package) (funding.Grants, bool, error) {
	var g funding.Grants
	n := 0
	for _, src := range p.Sources {
		if src.Grants != (funding.Grants{}) {
			g = src.Grants
			n++
		}
	}
	if n > 1 {
		return funding.Grants{}, false, fmt.Errorf("the package %q cites grants data in %d sources; want one, whose total is the package's money", p.ID, n)
	}
	return g, n == 1, nil
}
