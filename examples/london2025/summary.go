package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// writeSummary writes what the record holds about the £2.4m package, pkg,
// worked out with package funding, under the heading the story writes: its
// headline and what it is for, the Met's counts, the money per case in
// scope, and the proposal Susan Hall set against it.
func writeSummary(w io.Writer, r claims.Record, pkg funding.Package) error {
	spend, err := pkg.Spend()
	if err != nil {
		return err
	}
	spend.Label = "package"
	var b strings.Builder
	fmt.Fprintf(&b, "Headline: %s (%s), %s, for %s: %s.\n",
		pkg.Headline.Text(), spend.Amount.Format(currency.Whole), pkg.Novelty.Describe(), pkg.Kind, strings.Join(pkg.Purposes, ", "))
	fmt.Fprintf(&b, "Itemisation: none; the source does not break the %s down.\n", pkg.Headline.Text())
	counts := make([]string, len(pkg.Measures))
	for i, m := range pkg.Measures {
		counts[i] = m.String()
	}
	fmt.Fprintf(&b, "The Met's counts: %s.\n", strings.Join(counts, "; "))
	for _, m := range pkg.Measures {
		if m.Unit == "" {
			continue
		}
		rate, err := m.Rate(spend.Amount)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "Money per case: %s over %s is %s.\n", pkg.Headline.Text(), m, rate)
	}
	for _, c := range r.Claims {
		for _, a := range c.Assertions {
			p, ok := a.(claims.Counterproposal)
			if !ok {
				continue
			}
			cmp, err := funding.Compare(funding.Spend{
				Label: p.Purpose, Amount: p.Cost.Nominal(), Purposes: []string{p.Purpose}, Kind: p.Spending, Period: p.Period,
			}, spend)
			if err != nil {
				return err
			}
			fmt.Fprintf(&b, "Set against it by %s: %s.\n", p.Proposer, cmp)
		}
	}
	_, err = io.WriteString(w, b.String())
	return err
}
