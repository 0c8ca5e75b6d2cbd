package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

//go:embed page.html.tmpl
var pageSource string

// pageTemplate is the HTML page: inline CSS and SVG, the ClaimReview
// JSON-LD as data, no script and nothing fetched from elsewhere.
var pageTemplate = template.Must(template.New("page").Parse(pageSource))

// A page is what the template shows.
type page struct {
	Title     string
	Summary   string
	Tolerance string
	Packages  []packageView
	Claims    []claimView
	Verdicts  []verdictView
	// ClaimReviews is the page's ClaimReview JSON-LD, the array
	// claims.WriteClaimReviews writes, which the template writes as JSON
	// in a <script type="application/ld+json">; nil if no claim has a
	// review, so that the page has no script.
	ClaimReviews json.RawMessage
}

// A packageView is what the record holds about one package.
type packageView struct {
	ID          string
	Title       string
	Facts       []string // "Funder: ...", "Headline: ..."
	Allocations []allocationView
	Total       string // the itemised total
	Reconciled  string // the headline against the itemisation
	// Nested are the allocations itemised in turn, each against its own
	// sub-allocations: "Greater Manchester: the named parts, ...".
	Nested   []string
	Measures []string
	Sources  []sourceView
}

// An allocationView is one line of an itemisation.
type allocationView struct {
	Amount, Title, Shares string
}

// A claimView is one claim and its findings.
type claimView struct {
	ID       string
	Anchor   string
	Speaker  string
	Response string // "Disputing mayor-2025 (Sir Sadiq Khan)"
	Quote    []quotePart
	Said     string
	Source   sourceView
	Findings []findingView
	// Overall is the label of the claim's rating in its ClaimReview, and
	// OverallVerdict the verdict's name, for CSS; Overall is "" for a
	// claim of opinion alone, which has no ClaimReview.
	Overall, OverallVerdict string
}

// A quotePart is a run of a quote, marked if an assertion's words.
type quotePart struct {
	Text   string
	Anchor string // the finding it links to, if marked
}

// A findingView is one finding.
type findingView struct {
	Anchor      string
	Words       string
	Kind        string
	Verdict     string // the verdict's name, for CSS
	Label       string // the verdict's label
	Chart       *chart
	NoChart     string
	Figures     []string
	Explanation string
	Sources     []sourceView
}

// A sourceView is a source with its link, if it has one.
type sourceView struct {
	Text string
	URL  string
}

// A verdictView is a line of the key to the verdicts.
type verdictView struct {
	Name, Label, Rating string
}

// verdicts are the verdicts in the order reports give them.
var verdicts = []claims.Verdict{
	claims.Accurate, claims.Rounded, claims.Understated, claims.Overstated,
	claims.NotSupported, claims.NotLikeForLike, claims.Inconsistent,
	claims.NotAssessed, claims.Opinion,
}

// writeHTML writes the assessment of r as a self-contained HTML page: each
// claim with its quote and overall verdict, and each finding with its
// verdict, a bar chart of the figures it involves, its explanation and its
// sources; with the ClaimReview JSON-LD of the claims, so that the page and
// its markup give the same ratings: a claim's overall verdict is the one
// its review gives. It returns the error of claims.WriteClaimReviews for
// bad -publisher or -url flags.
func writeHTML(w *bytes.Buffer, r claims.Record, a claims.Assessment, o options) error {
	var ld bytes.Buffer
	if err := claims.WriteClaimReviews(&ld, a, o.review); err != nil {
		return err
	}
	// The page embeds the array as written, and reads of each review only
	// its url, which ends in its claim's anchor, and its rating's
	// alternateName, the label of the claim's overall verdict.
	var reviews []struct {
		URL    string `json:"url"`
		Rating struct {
			AlternateName string `json:"alternateName"`
		} `json:"reviewRating"`
	}
	if err := json.Unmarshal(ld.Bytes(), &reviews); err != nil {
		return err
	}
	p := page{
		Title:     nonEmpty(o.title, "Fact check"),
		Summary:   summary(a),
		Tolerance: a.Tolerance.String(),
	}
	for _, v := range verdicts {
		rating := "not rated"
		if n := v.Rating(); n > 0 {
			rating = strconv.Itoa(n) + " of 5"
		}
		p.Verdicts = append(p.Verdicts, verdictView{cssName(v), v.Label(), rating})
	}
	for _, pkg := range r.Packages {
		pv, err := viewPackage(pkg)
		if err != nil {
			return err
		}
		p.Packages = append(p.Packages, pv)
	}
	if len(reviews) > 0 {
		p.ClaimReviews = json.RawMessage(ld.Bytes())
	}
	overall := map[string]string{}
	for _, rv := range reviews {
		if i := strings.LastIndexByte(rv.URL, '#'); i >= 0 {
			overall[rv.URL[i+1:]] = rv.Rating.AlternateName
		}
	}
	for _, c := range a.Claims {
		v := viewClaim(c, r, a)
		if label, ok := overall[v.Anchor]; ok {
			v.Overall = label
			for _, vd := range verdicts {
				if vd.Label() == label {
					v.OverallVerdict = cssName(vd)
				}
			}
		}
		p.Claims = append(p.Claims, v)
	}
	return pageTemplate.Execute(w, p)
}

// cssName returns the verdict's name as the page's CSS classes have it:
// "not-supported".
func cssName(v claims.Verdict) string { return strings.ReplaceAll(v.String(), " ", "-") }

// viewPackage returns the view of pkg, with its itemisation and what
// package funding works out from it.
func viewPackage(pkg funding.Package) (packageView, error) {
	v := packageView{ID: pkg.ID, Title: nonEmpty(pkg.Title, pkg.ID)}
	fact := func(name, value string) {
		if value != "" {
			v.Facts = append(v.Facts, name+": "+value)
		}
	}
	fact("Funder", pkg.Funder.String())
	announced := pkg.AnnouncedBy.String()
	if !pkg.Announced.IsZero() {
		announced = strings.TrimPrefix(announced+", "+longDate(pkg.Announced), ", ")
	}
	fact("Announced by", announced)
	if pkg.HasHeadline() {
		fact("Headline", "“"+pkg.Headline.Text()+"”")
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
	// Sub-allocations are rows of their own under the path of titles to
	// them, and each is reconciled with its own figure, as the Markdown
	// report has them.
	var lines []funding.Line
	if len(pkg.Allocations) > 0 {
		var err error
		if lines, err = pkg.Lines(); err != nil {
			return v, err
		}
	}
	for _, l := range lines {
		al := l.Allocation
		v.Allocations = append(v.Allocations, allocationView{Amount: allocationAmount(al), Title: l.Path, Shares: al.DescribeShares()})
		if l.Reconciled != "" {
			v.Nested = append(v.Nested, l.Path+": "+l.Reconciled)
		}
	}
	var base currency.Amount
	on := ""
	if len(pkg.Allocations) > 0 {
		// Parts stated inexactly have limits, not a total.
		rec, err := pkg.Reconcile()
		if err != nil {
			return v, err
		}
		// A partial list has a total of the parts it names, but money
		// per head is not worked out on it.
		if total, ok := rec.Itemised.Exact(); ok {
			v.Total = total.Format(currency.Whole)
			if !pkg.Partial {
				base, on = total, "on the itemised "+v.Total
			}
		}
		if pkg.HasHeadline() {
			v.Reconciled = capitalise(rec.String())
		}
	}
	// Money per head is worked out on the itemised total if there is
	// one, otherwise on the headline, and says which.
	if len(pkg.Allocations) == 0 {
		fact("Itemisation", "none in the record")
	}
	if on == "" && pkg.HasHeadline() {
		base = pkg.Headline.Nominal()
		on = "on the headline’s " + base.Format(currency.Whole)
	}
	for _, m := range pkg.Measures {
		line := m.String()
		if m.Note != "" {
			line += " (" + m.Note + ")"
		}
		if m.Unit != "" && on != "" {
			if rate, err := m.Rate(base); err == nil {
				line += ": " + rate.String() + " " + on
			}
		}
		v.Measures = append(v.Measures, line)
	}
	for _, src := range pkg.Sources {
		v.Sources = append(v.Sources, viewSource(src))
	}
	return v, nil
}

// allocationAmount returns an allocation's money as claims.WriteMarkdown
// writes it in its itemisation table, which the page's table repeats: a
// stated figure as currency's Figure.String writes it ("£170m", "up to
// £9bn"), and money from the record's amounts, the allocation's own or its
// parts' sum, in whole pounds where there are no pence, as the total is
// ("£3,000", not "£3,000.00"); "" for parts stated inexactly, which have
// limits, not a sum. The page may use only claims' exported API, so it has
// its own copy of the rule; TestHTMLItemisationAsMarkdown holds the two to
// the same output.
func allocationAmount(al funding.Allocation) string {
	f := al.Figure()
	if al.Stated.IsZero() && !f.IsZero() {
		return f.Nominal().Format(currency.Whole)
	}
	return f.String()
}

// capitalise returns s with its first letter in upper case.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// summary counts the findings by verdict: "10 findings on 7 claims: 3
// accurate, 1 understated, ...".
func summary(a claims.Assessment) string {
	var b strings.Builder
	b.WriteString(plural(len(a.Findings), "finding") + " on " + plural(len(a.Claims), "claim"))
	sep := ": "
	for _, v := range verdicts {
		if n := a.Count(v); n > 0 {
			b.WriteString(sep + strconv.Itoa(n) + " " + v.String())
			sep = ", "
		}
	}
	return b.String() + "."
}

// plural returns "1 claim" or "7 claims".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// viewClaim returns the view of claim c and its findings.
func viewClaim(c claims.Claim, r claims.Record, a claims.Assessment) claimView {
	v := claimView{
		ID:      c.ID,
		Anchor:  c.Anchor(),
		Speaker: c.Speaker.String(),
		Said:    longDate(c.When),
		Source:  viewSource(c.Source),
	}
	if c.RespondsTo != "" {
		verb := map[claims.Stance]string{claims.Disputes: "Disputing", claims.Supports: "Supporting"}[c.Stance]
		v.Response = nonEmpty(verb, "Responding to") + " " + c.RespondsTo
		if other, ok := a.Claim(c.RespondsTo); ok {
			v.Response += " (" + other.Speaker.Who() + ")"
		}
	}
	findings := a.For(c.ID)
	v.Quote = markQuote(c, findings)
	for _, f := range findings {
		v.Findings = append(v.Findings, viewFinding(f, c, r, a))
	}
	return v
}

// markQuote splits c's quote into runs, marking the words of each finding
// that its span locates; where spans overlap, the first wins.
func markQuote(c claims.Claim, findings []claims.Finding) []quotePart {
	type mark struct {
		span   claims.Span
		anchor string
	}
	var marks []mark
	for _, f := range findings {
		as := assertion(c, f.Assertion)
		if as == nil || as.Where().IsZero() || !as.Where().Valid(c.Quote) {
			continue
		}
		marks = append(marks, mark{as.Where(), f.Anchor()})
	}
	slices.SortStableFunc(marks, func(x, y mark) int { return x.span.Start - y.span.Start })
	var parts []quotePart
	at := 0
	for _, m := range marks {
		if m.span.Start < at || m.span.End == m.span.Start {
			continue
		}
		if m.span.Start > at {
			parts = append(parts, quotePart{Text: c.Quote[at:m.span.Start]})
		}
		parts = append(parts, quotePart{Text: m.span.In(c.Quote), Anchor: m.anchor})
		at = m.span.End
	}
	if at < len(c.Quote) {
		parts = append(parts, quotePart{Text: c.Quote[at:]})
	}
	return parts
}

// viewFinding returns the view of finding f about claim c.
func viewFinding(f claims.Finding, c claims.Claim, r claims.Record, a claims.Assessment) findingView {
	v := findingView{
		Anchor:      f.Anchor(),
		Words:       nonEmpty(f.Words, f.Kind.Phrase()),
		Kind:        f.Kind.Phrase(),
		Verdict:     cssName(f.Verdict),
		Label:       f.Verdict.Label(),
		Explanation: f.Explanation,
	}
	switch f.Kind {
	case claims.AssertionCount, claims.AssertionRatio:
		v.Chart = countChart(f, c, r)
	default:
		v.Chart = moneyChart(f, c, a)
	}
	if v.Chart == nil {
		v.NoChart = "No figures to chart: " + noChartReason(f)
	} else {
		for i := range v.Chart.Bars {
			if v.Chart.Bars[i].Class == "stated" {
				v.Chart.Bars[i].Class += " " + v.Verdict
			}
		}
	}
	v.Figures = figures(f)
	for _, s := range f.Sources {
		v.Sources = append(v.Sources, viewSource(s))
	}
	return v
}

// noChartReason says why a finding has no chart.
func noChartReason(f claims.Finding) string {
	switch f.Kind {
	case claims.AssertionRatio:
		return "the record has no base figures for this ratio."
	case claims.AssertionLateness:
		return "this is a judgement about timing; the explanation gives the timeline."
	case claims.AssertionCount:
		return "the record has no count to set against it."
	}
	return "the record has no amount to set against it."
}

// figures returns the difference, per cent and ratio of f, in words, where
// they apply.
func figures(f claims.Finding) []string {
	var out []string
	if !f.Difference.Currency().IsZero() {
		d := f.Difference.Format(currency.Whole)
		if f.Difference.Sign() > 0 {
			d = "+" + d
		}
		pct := f.Percent.Round(1)
		sign := ""
		if pct.Sign() > 0 {
			sign = "+"
		}
		out = append(out, "Difference: "+d+" ("+sign+pct.String()+"%)")
	}
	if !f.Ratio.IsZero() {
		out = append(out, "Ratio: "+f.Ratio.Round(3).String())
	}
	return out
}

// viewSource returns s as a citation and its address.
func viewSource(s funding.Source) sourceView {
	// The address is the link, not part of the words, unless it is all
	// there is.
	words := s
	words.URL = ""
	return sourceView{Text: nonEmpty(words.Citation(), s.URL), URL: s.URL}
}

// longDate returns d as a British reader writes it, "28 November 2016", or
// "date not recorded" for the zero Date.
func longDate(d funding.Date) string {
	if d.IsZero() {
		return "date not recorded"
	}
	return d.Long()
}
