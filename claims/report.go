package claims

import (
	"errors"
	"io"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// WriteText writes a plain-text report of a to w, for a journalist to read
// or paste: a summary of the verdicts, then each claim with its speaker,
// the claim it responds to, the quote, when it was said and where it was
// reported, and under it one block per finding with the verdict, the
// figures, the explanation and the sources of the record. Blocks are
// separated by blank lines; paragraphs are not wrapped.
//
// WriteText builds the whole report before writing it, so w receives it in
// one Write and nothing on an error. It returns the error of that Write.
func WriteText(w io.Writer, a Assessment) error {
	var p prose
	p.s("FACT CHECK: ")
	summary(&p, a)
	p.s("\n")
	forClaims(a, func(c Claim, fs []Finding) {
		p.s("\nCLAIM ").s(c.ID).s("\n")
		p.s(c.Speaker.String())
		respondsTo(&p, a, c, false)
		p.s("\n").q(c.Quote).s("\n")
		p.s("Said: ").s(when(c.When)).s(".")
		if src := c.Source.Citation(); src != "" {
			p.s(" Source: ").s(src).s(".")
		}
		p.s("\n")
		for _, f := range fs {
			p.s("\nFinding ").int(int64(f.Assertion + 1)).s(": ").s(findingTitle(f)).s("\n")
			p.s("Verdict: ").s(f.Verdict.String()).s("\n")
			if figs := figures(f); figs != "" {
				p.s("Figures: ").s(figs).s(".\n")
			}
			p.s(f.Explanation).s("\n")
			if src := sourcesText(f.Sources, funding.Source.Citation); src != "" {
				p.s("Record sources: ").s(src).s(".\n")
			}
		}
	})
	_, err := w.Write(p.b)
	return err
}

// WriteMarkdown writes a report of a to w in Markdown: a heading and a
// summary of the verdicts; then a section per package of the record (its
// funder, who announced it and when, the headline, novelty, purposes and
// period with its financial years, a table of its allocations at every
// depth, each under the path of titles to it, with their total and each
// recipient's share, the headline reconciled with the itemisation and each
// allocation itemised in turn with its own, the money per head of each count, and its sources); then
// a section per claim (speaker, quote as a block quote, claim ID, date and
// source) with a subsection per finding (its words and verdict as the
// heading, a table of the figures where there are any, the explanation and
// the sources of the record). Amounts are in whole pounds where there are
// no pence, as WriteText writes them: £3,595,000. Text from the record is
// escaped so that it renders as written; sources with a URL are links.
//
// WriteMarkdown builds the whole document before writing it, so w receives
// it in one Write and nothing on an error. It returns the error of that
// Write.
func WriteMarkdown(w io.Writer, a Assessment) error {
	var p prose
	p.s("# Fact check\n\n")
	start := len(p.b)
	summary(&p, a)
	p.capitalise(start)
	p.s("\n")
	for _, pkg := range a.Packages {
		recordMarkdown(&p, pkg)
	}
	forClaims(a, func(c Claim, fs []Finding) {
		p.s("\n## ").s(md(c.Speaker.String())).s("\n\n")
		for _, line := range strings.Split(c.Quote, "\n") {
			p.s("> ").s(md(line)).s("\n")
		}
		p.s("\nClaim `").s(strings.ReplaceAll(c.ID, "`", "'")).s("`")
		respondsTo(&p, a, c, true)
		p.s(". Said: ").s(md(when(c.When))).s(".")
		if src := sourceMarkdown(c.Source); src != "" {
			p.s(" Source: ").s(src).s(".")
		}
		p.s("\n")
		for _, f := range fs {
			p.s("\n### ").s(md(findingTitle(f))).s(": ").s(f.Verdict.String()).s("\n\n")
			if row := figureCells(f); row != nil {
				p.s("| Stated | Recorded | Difference | Ratio |\n| --- | --- | --- | --- |\n|")
				for _, cell := range row {
					p.s(" ").s(md(cell)).s(" |")
				}
				p.s("\n\n")
			}
			p.s(md(f.Explanation)).s("\n")
			if src := sourcesText(f.Sources, sourceMarkdown); src != "" {
				p.s("\nRecord sources: ").s(src).s(".\n")
			}
		}
	})
	_, err := w.Write(p.b)
	return err
}

// recordMarkdown appends the section of the report on one package of the
// record. A question the package cannot answer (an itemisation that does
// not add up, in mixed currencies) is said, not left out.
func recordMarkdown(p *prose, pkg funding.Package) {
	p.s("\n## The record: ").s(md(nonEmpty(pkg.Title, pkg.ID))).s("\n\n")
	fact := func(name, value string) {
		if value != "" {
			p.s("- ").s(name).s(": ").s(md(value)).s("\n")
		}
	}
	if pkg.Title != "" {
		p.s("- Package: `").s(strings.ReplaceAll(pkg.ID, "`", "'")).s("`\n")
	}
	fact("Funder", pkg.Funder.String())
	announced := pkg.AnnouncedBy.String()
	if !pkg.Announced.IsZero() {
		announced = strings.TrimPrefix(announced+", "+pkg.Announced.Long(), ", ")
	}
	fact("Announced by", announced)
	if pkg.HasHeadline() {
		fact("Headline", inQuotes(pkg.Headline.Text()))
	}
	fact("Novelty", pkg.Novelty.Describe())
	if pkg.Kind != funding.KindUnknown {
		fact("Kind of spending", pkg.Kind.String())
	}
	fact("For", strings.Join(pkg.Purposes, ", "))
	if !pkg.Period.IsZero() {
		fact("Period", pkg.Period.Long())
	}
	for _, m := range pkg.Milestones {
		fact("Milestone", m.String())
	}
	// Money per head is worked out on the itemised total where the
	// itemisation is of the whole and exact, otherwise on the headline: a
	// partial list's total is only the part it names.
	var base currency.Amount
	on := ""
	if len(pkg.Allocations) == 0 {
		fact("Itemisation", "none in the record")
	}
	if total, err := pkg.Itemised(); err == nil && len(pkg.Allocations) > 0 && !pkg.Partial {
		base, on = total, "on the itemised "+total.Format(currency.Whole)
	} else if pkg.HasHeadline() {
		base = pkg.Headline.Nominal()
		on = "on the headline’s " + base.Format(currency.Whole)
	}
	for _, m := range pkg.Measures {
		line := m.String()
		if m.Note != "" {
			line += " (" + m.Note + ")"
		}
		if rate, err := m.Rate(base); err == nil && on != "" {
			line += ": " + rate.String() + " " + on
		}
		fact("Count", line)
	}
	if len(pkg.Allocations) > 0 {
		allocationsMarkdown(p, pkg)
	}
	if src := sourcesText(pkg.Sources, sourceMarkdown); src != "" {
		p.s("\nRecord sources: ").s(src).s(".\n")
	}
}

// allocationsMarkdown appends the table of a package's allocations at
// every depth (funding's Package.Lines), with each recipient's share where
// several share one, the total, the headline reconciled with it, and each
// allocation itemised in turn reconciled with its own figure.
func allocationsMarkdown(p *prose, pkg funding.Package) {
	// Sub-allocations are rows of their own, under their allocation, with
	// the path of titles that leads to them; a package that cannot be
	// reconciled still has its rows, and the total below says why.
	rows, _ := pkg.Lines()
	shares := make([]string, len(rows))
	anyShared := false
	for i, row := range rows {
		shares[i] = row.Allocation.DescribeShares()
		anyShared = anyShared || shares[i] != ""
	}
	p.s("\n| Amount | Itemised for |")
	if anyShared {
		p.s(" Shares |")
	}
	p.s("\n| ---: | --- |")
	if anyShared {
		p.s(" --- |")
	}
	p.s("\n")
	for i, row := range rows {
		p.s("| ").s(md(allocationAmount(row.Allocation))).s(" | ").s(md(row.Path)).s(" |")
		if anyShared {
			p.s(" ").s(shares[i]).s(" |")
		}
		p.s("\n")
	}
	// An itemisation of stated figures has no one total; the
	// reconciliation below says what it comes to.
	total, err := pkg.Itemised()
	switch {
	case err == nil:
		p.s("| **").s(total.Format(currency.Whole)).s("** | **Total itemised** |")
		if anyShared {
			p.s(" |")
		}
		p.s("\n")
	case !errors.Is(err, funding.ErrInexact):
		p.s("\nThe itemisation cannot be totalled: ").s(md(err.Error())).s(".\n")
		return
	}
	rec, err := pkg.Reconcile()
	if err != nil {
		return
	}
	if pkg.HasHeadline() {
		start := len(p.b) + 1
		p.s("\n").s(md(rec.String())).s(".\n")
		p.capitalise(start)
	}
	// Each allocation itemised in turn is reconciled with its own figure.
	for _, row := range rows {
		if row.Reconciled != "" {
			p.s("\n").s(md(row.Path)).s(": ").s(md(row.Reconciled)).s(".\n")
		}
	}
}

// allocationAmount returns an allocation's money as the reports write it:
// a stated figure as currency's Figure.String writes it ("£170m", "up to
// £9bn"), and money from the record's amounts, the allocation's own or its
// parts' sum, in whole pounds where there are no pence, as the total is
// ("£3,000", not "£3,000.00"); "" for parts stated inexactly, which have
// limits, not a sum.
func allocationAmount(al funding.Allocation) string {
	f := al.Figure()
	if al.Stated.IsZero() && !f.IsZero() {
		return f.Nominal().Format(currency.Whole)
	}
	return f.String()
}

// nonEmpty returns s, or def if s is empty.
func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// summary appends "10 findings on 7 claims: 2 accurate, 1 understated, ...
// Rounding tolerance: 10%."
func summary(p *prose, a Assessment) {
	p.int(int64(len(a.Findings))).s(plural(len(a.Findings), " finding", " findings")).s(" on ").
		int(int64(len(a.Claims))).s(plural(len(a.Claims), " claim", " claims"))
	first := true
	for v := Accurate; v <= Opinion; v++ {
		if n := a.Count(v); n > 0 {
			if first {
				p.s(": ")
				first = false
			} else {
				p.s(", ")
			}
			p.int(int64(n)).s(" ").s(v.String())
		}
	}
	if n := a.Count(VerdictUnknown); n > 0 {
		p.s(", ").int(int64(n)).s(" not assessed")
	}
	p.s(". Rounding tolerance: ").pct(a.Tolerance).s(".")
}

// forClaims calls fn for each claim of a with its findings, in order.
func forClaims(a Assessment, fn func(Claim, []Finding)) {
	k := 0
	for _, c := range a.Claims {
		// Findings come in claim order; gather this claim's run of them,
		// and any stragglers if the assessment was put together by hand.
		j := k
		for j < len(a.Findings) && a.Findings[j].Claim == c.ID {
			j++
		}
		fs := a.Findings[k:j]
		if j == k {
			fs = a.For(c.ID)
		}
		k = j
		fn(c, fs)
	}
}

// respondsTo appends ", disputing mayor-2025 (Sir Sadiq Khan)" for a claim
// that responds to another.
func respondsTo(p *prose, a Assessment, c Claim, markdown bool) {
	if c.RespondsTo == "" {
		return
	}
	switch c.Stance {
	case Supports:
		p.s(", supporting ")
	case Disputes:
		p.s(", disputing ")
	default:
		p.s(", responding to ")
	}
	if markdown {
		p.s("`").s(strings.ReplaceAll(c.RespondsTo, "`", "'")).s("`")
	} else {
		p.s(c.RespondsTo)
	}
	if other, ok := a.Claim(c.RespondsTo); ok && other.Speaker.Who() != "" {
		who := other.Speaker.Who()
		if markdown {
			who = md(who)
		}
		p.s(" (").s(who).s(")")
	}
}

// findingTitle names a finding by its words, or by its kind if it has none.
func findingTitle(f Finding) string {
	if f.Words != "" {
		return inQuotes(f.Words)
	}
	if !f.Stated.IsZero() {
		return inQuotes(f.Stated.Text())
	}
	return "the " + f.Kind.Phrase()
}

// figureCells returns the stated, recorded, difference and ratio cells of a
// finding, or nil if it has no figures.
func figureCells(f Finding) []string {
	var cells [4]string
	switch {
	case !f.Stated.IsZero() || !f.Recorded.IsZero():
		cells[0] = f.Stated.Text()
		cells[1] = f.Recorded.Text()
		if !f.Recorded.IsZero() && cells[1] == f.Recorded.Nominal().String() {
			// An exact figure from the record's amounts, with no words
			// of its own: "£3,595,000", not "£3,595,000.00".
			cells[1] = f.Recorded.Nominal().Format(currency.Whole)
		}
	case !f.StatedCount.IsZero() || !f.RecordedCount.IsZero():
		cells[0] = f.StatedCount.String()
		cells[1] = f.RecordedCount.String()
	case !f.Ratio.IsZero():
	default:
		return nil
	}
	if cells[1] != "" && f.Basis != BasisUnknown {
		cells[1] += " (" + f.Basis.String() + ")"
	}
	if cells[0] == "" {
		cells[0] = "–"
	}
	if cells[1] == "" {
		cells[1] = "–"
	}
	cells[2] = "–"
	if !f.Difference.Currency().IsZero() {
		var p prose
		if f.Difference.Sign() > 0 {
			p.s("+")
		}
		p.b = appendBrief(p.b, f.Difference)
		if !f.Ratio.IsZero() {
			p.s(" (")
			if f.Percent.Sign() > 0 {
				p.s("+")
			} else if f.Percent.Sign() < 0 {
				p.s("-")
			}
			p.pct(f.Percent).s(")")
		}
		cells[2] = p.String()
	}
	cells[3] = "–"
	if !f.Ratio.IsZero() {
		var p prose
		cells[3] = p.ratio(f.Ratio).String()
	}
	return cells[:]
}

// figures returns a finding's figures in a line: "stated £2m; recorded
// £2.4m (headline); difference -£400,000 (-16.7%); ratio 0.833", or "" if
// it has none.
func figures(f Finding) string {
	cells := figureCells(f)
	if cells == nil {
		return ""
	}
	names := [...]string{"stated ", "recorded ", "difference ", "ratio "}
	var parts []string
	for i, c := range cells {
		if c != "–" {
			parts = append(parts, names[i]+c)
		}
	}
	return strings.Join(parts, "; ")
}

// when returns a date for a report: "28 November 2016", or "date not
// recorded".
func when(d funding.Date) string {
	if d.IsZero() {
		return "date not recorded"
	}
	return d.Long()
}

// sourceMarkdown returns a source as a Markdown citation, its title a link
// if it has a URL.
func sourceMarkdown(s funding.Source) string {
	if s == (funding.Source{}) {
		return ""
	}
	var parts []string
	title := md(s.Title)
	switch {
	case s.URL != "" && title != "":
		parts = append(parts, "["+title+"](<"+strings.ReplaceAll(s.URL, ">", "%3E")+">)")
	case s.URL != "":
		parts = append(parts, "<"+strings.ReplaceAll(s.URL, ">", "%3E")+">")
	default:
		parts = append(parts, title)
	}
	if s.Publisher != "" {
		parts = append(parts, md(s.Publisher))
	}
	if !s.Published.IsZero() {
		parts = append(parts, s.Published.Long())
	}
	return strings.Join(parts, ", ")
}

// sourcesText returns sources cited with cite and joined by semicolons.
func sourcesText(ss []funding.Source, cite func(funding.Source) string) string {
	var parts []string
	for _, s := range ss {
		if c := cite(s); c != "" {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, "; ")
}

// md escapes the characters that Markdown would otherwise read as markup.
func md(s string) string {
	if !strings.ContainsAny(s, "\\`*_[]<>|#") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|#", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plural returns one if n is 1 and many otherwise.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
