package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// units names one recipient of each allocation shared by several, for
// money per recipient.
var units = map[string]string{
	"rcc":             "Rape Crisis Centre",
	"sarc":            "Sexual Assault Referral Centre",
	"rcc-development": "Rape Crisis Centre",
}

// writeSummary writes what the record holds about the 2016 package, pkg,
// worked out with package funding, under the heading the story writes: the
// itemisation and each centre's share, the headline against the itemised
// total, whether the money is new, the financial year, and the money per
// adult against the release's 24,000.
func writeSummary(w io.Writer, r claims.Record, pkg funding.Package) error {
	itemised, err := pkg.Itemised()
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Headline: %q in the release's first sentence (%q in its title).\n", pkg.Headline.Text(), "£4 million")

	b.WriteString("Itemised in note 2 to editors:\n")
	for _, a := range pkg.Allocations {
		line, err := allocationLine(a)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "  %-12s %s\n", a.Amount.Format(currency.Whole), line)
	}
	fmt.Fprintf(&b, "  %-12s total\n", itemised.Format(currency.Whole))

	rec, err := pkg.Reconcile()
	if err != nil {
		return err
	}
	fmt.Fprintf(&b, "Headline against itemisation: %s (%s).\n", rec, rec.Status)

	byNovelty, err := pkg.ByNovelty()
	if err != nil {
		return err
	}
	var parts, unstated []string
	for _, n := range byNovelty {
		if n.Novelty == funding.NoveltyUnknown {
			unstated = append(unstated, "for "+n.Amount.Format(currency.Whole)+" the release does not say")
			continue
		}
		parts = append(parts, n.Amount.Format(currency.Whole)+" is "+n.Novelty.Describe())
	}
	fmt.Fprintf(&b, "New money? The package is %s. Of the itemised total, %s.\n", pkg.Novelty.Describe(), strings.Join(append(parts, unstated...), "; "))

	years, err := pkg.FiscalYears()
	if err != nil {
		return err
	}
	names := make([]string, len(years))
	for i, y := range years {
		names[i] = y.String()
	}
	fmt.Fprintf(&b, "For when: %s, the financial year %s (\"for an additional year until March 2018\").\n", pkg.Period.Start.Long()+" to "+pkg.Period.End.Long(), strings.Join(names, ", "))
	for _, m := range pkg.Milestones {
		fmt.Fprintf(&b, "Milestone: %s.\n", m)
	}

	for _, m := range pkg.Measures {
		onHeadline, err := m.Rate(pkg.Headline.Nominal())
		if err != nil {
			return err
		}
		onItemised, err := m.Rate(itemised)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "Per adult: the release counts %s %s.\n", m, m.Note)
		fmt.Fprintf(&b, "  On the headline's %s: %s a year (more, if there is more than %s).\n",
			pkg.Headline.Nominal().Format(currency.Whole), onHeadline, pkg.Headline.Nominal().Format(currency.Words))
		fmt.Fprintf(&b, "  On the itemised %s, what the record supports: %s a year.\n",
			itemised.Format(currency.Whole), onItemised)
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// allocationLine describes a and, if several recipients share it, each one's
// share: the amount per recipient when it divides exactly, otherwise the
// shares to the penny.
func allocationLine(a funding.Allocation) (string, error) {
	n, err := a.Sharers()
	if err != nil {
		return "", err
	}
	if n < 2 {
		return a.Title, nil
	}
	rate, err := a.PerRecipient(units[a.ID])
	if err != nil {
		return "", err
	}
	if rate.IsExact() {
		return a.Title + ": " + rate.String(), nil
	}
	shares, err := a.Shares()
	if err != nil {
		return "", err
	}
	words := make([]string, len(shares))
	for i, s := range shares {
		words[i] = s.String()
	}
	last := len(words) - 1
	return a.Title + ": " + strings.Join(words[:last], ", ") + " and " + words[last] + ", one per " + units[a.ID], nil
}
