package main

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// barMax is the length of the longest bar of a chart, in tenths of a per
// cent of the chart's width: 92%, which leaves room after it for the
// arrow of an open bound. Lengths are whole tenths, so the page shows them
// exactly as they are worked out.
const barMax = 920

// A chart is a horizontal bar chart of the figures a finding involves, all
// money in one currency or all counts, with bar lengths proportional to
// the values: the longest bar, barMax, is the largest value, Scale. Its
// labels are HTML text, which wraps and keeps its size at any width; the
// bars are SVG, stretched to the width of the page.
type chart struct {
	Alt    string // the text alternative: what the chart shows, and every value
	Scale  string // the value of the longest bar, exactly
	BarMax int
	Bars   []bar
	Notes  []string // figures left out, and why
}

// A bar is one figure of a chart.
type bar struct {
	Label string // `Stated: “£2m”`
	Value string // "£2,000,000"
	Class string // "recorded", "stated" or "context", and the verdict
	Exact string // the value the bar's length stands for, exactly
	Width int    // the bar's length, in tenths of a per cent
	// High and HighWidth are the upper end of a range ("£3m to £5m"),
	// drawn lighter behind the bar; HighWidth is 0 if there is none.
	High      string
	HighWidth int
	Open      bool // the figure has no upper limit ("more than £4m")
}

// Pct, HighPct and EndPct are the bar's length, its range's and where
// its arrow starts, as SVG percentages: "49.1%".
func (b bar) Pct() string     { return percent(b.Width) }
func (b bar) HighPct() string { return percent(b.HighWidth) }
func (b bar) EndPct() string  { return percent(max(b.Width, b.HighWidth)) }

// percent writes tenths of a per cent as a percentage: 491 is "49.1%".
func percent(tenths int) string {
	return strconv.Itoa(tenths/10) + "." + strconv.Itoa(tenths%10) + "%"
}

// describe sets the chart's text alternative: what it shows, then each bar
// with its value.
func (ch *chart) describe(what string) {
	var b strings.Builder
	b.WriteString(what)
	for i, br := range ch.Bars {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(br.Label + ", " + br.Value)
	}
	b.WriteString(".")
	ch.Alt = b.String()
}

// A moneyItem is a figure to chart: what it is, the figure, and its class.
type moneyItem struct {
	label string
	fig   currency.Figure
	class string
}

// moneyChart returns the chart of the money figures f involves: the recorded
// figure, the figure stated, and the other money figures of the claim (and,
// for an insufficiency measured against another claim, that claim's), or
// nil if there are none.
func moneyChart(f claims.Finding, c claims.Claim, a claims.Assessment) *chart {
	var items []moneyItem
	if !f.Recorded.IsZero() {
		items = append(items, moneyItem{recordedLabel(f), f.Recorded, "recorded"})
	}
	if !f.Stated.IsZero() {
		label := "Stated: “" + f.Stated.Text() + "”"
		if p, ok := assertion(c, f.Assertion).(claims.Counterproposal); ok {
			label = "Proposed instead: " + nonEmpty(p.Purpose, "proposal") + ", “" + f.Stated.Text() + "”"
		}
		items = append(items, moneyItem{label, f.Stated, "stated"})
	}
	if f.Stated.IsZero() && f.Recorded.IsZero() && f.Kind != claims.AssertionInsufficiency {
		return nil
	}
	// The claim's other figures, and what an insufficiency is measured
	// against.
	for i, as := range c.Assertions {
		if i != f.Assertion {
			items = append(items, contextFigures(as, "Also in this claim")...)
		}
	}
	if in, ok := assertion(c, f.Assertion).(claims.Insufficiency); ok {
		if !in.Needed.IsZero() {
			items = append(items, moneyItem{"Said to be needed: “" + in.Needed.Text() + "”", in.Needed, "context"})
		}
		if other, ok := a.Claim(in.Against); ok && in.Against != c.ID {
			for _, as := range other.Assertions {
				items = append(items, contextFigures(as, other.Speaker.Who()+", claim "+other.ID)...)
			}
		}
	}
	return buildMoneyChart(items)
}

// contextFigures returns the money figures of one assertion of a claim, for
// context, labelled with where they come from.
func contextFigures(as claims.Assertion, where string) []moneyItem {
	switch v := as.(type) {
	case claims.StatedAmount:
		return []moneyItem{{where + ": “" + v.Figure.Text() + "”", v.Figure, "context"}}
	case claims.Counterproposal:
		return []moneyItem{{where + ", proposed instead: " + nonEmpty(v.Purpose, "proposal") + ", “" + v.Cost.Text() + "”", v.Cost, "context"}}
	case claims.Insufficiency:
		if !v.Needed.IsZero() {
			return []moneyItem{{where + ", said to be needed: “" + v.Needed.Text() + "”", v.Needed, "context"}}
		}
	}
	return nil
}

// buildMoneyChart lays out items in the currency of the first, leaving out
// (with a note) figures in another currency or below zero. Bar lengths are
// worked out exactly, by currency's Ratio, and rounded half up to whole
// units: no binary floating point touches the money.
func buildMoneyChart(items []moneyItem) *chart {
	if len(items) == 0 {
		return nil
	}
	code := items[0].fig.Currency()
	ch := &chart{BarMax: barMax}
	var kept []moneyItem
	var scale currency.Amount
	for _, it := range items {
		if it.fig.Currency() != code {
			ch.Notes = append(ch.Notes, "“"+it.fig.Text()+"” is in another currency, and is not charted.")
			continue
		}
		if it.fig.Nominal().Sign() < 0 {
			ch.Notes = append(ch.Notes, "“"+it.fig.Text()+"” is below zero, and is not charted.")
			continue
		}
		kept = append(kept, it)
		for _, v := range []currency.Amount{it.fig.Nominal(), it.fig.High()} {
			if c, err := v.Compare(scale); err == nil && c > 0 {
				scale = v
			}
		}
	}
	ch.Scale = scale.Decimal().String()
	for _, it := range kept {
		b := bar{
			Label: it.label,
			Value: describeFigure(it.fig),
			Class: it.class,
			Exact: it.fig.Nominal().Decimal().String(),
			Width: moneyWidth(it.fig.Nominal(), scale),
			Open:  it.fig.Bound() == currency.MoreThan || it.fig.Bound() == currency.AtLeast,
		}
		if it.fig.Bound() == currency.Range {
			b.High = it.fig.High().Decimal().String()
			b.HighWidth = moneyWidth(it.fig.High(), scale)
		}
		ch.Bars = append(ch.Bars, b)
	}
	if len(ch.Bars) == 0 {
		return nil
	}
	ch.describe("Bar chart of the figures, in " + code.String())
	return ch
}

// moneyWidth returns the length of the bar for v on a chart whose longest
// bar, barMax, is scale: barMax × v ÷ scale, rounded half up, worked out
// exactly with currency's Amount.Ratio.
func moneyWidth(v, scale currency.Amount) int {
	w, err := v.MulInt(barMax)
	if err != nil { // beyond currency.MaxDigits: no chart shows that
		return 0
	}
	r, err := w.Ratio(scale)
	if err != nil { // a zero scale: every value is zero
		return 0
	}
	return int(r.Round(0).IntPart())
}

// describeFigure returns the figure's value for the end of its bar, in
// whole pounds where there are no pence, with its bound in words.
func describeFigure(f currency.Figure) string {
	v := f.Nominal().Format(currency.Whole)
	switch f.Bound() {
	case currency.About:
		return "about " + v
	case currency.AtLeast:
		return "at least " + v
	case currency.MoreThan:
		return "more than " + v
	case currency.AtMost:
		return "up to " + v
	case currency.LessThan:
		return "less than " + v
	case currency.Nearly:
		return "nearly " + v
	case currency.Range:
		return v + " to " + f.High().Format(currency.Whole)
	}
	return v
}

// recordedLabel says where f's recorded figure comes from.
func recordedLabel(f claims.Finding) string {
	switch f.Basis {
	case claims.FromHeadline:
		return "Recorded: the package’s headline, “" + f.Recorded.Text() + "”"
	case claims.FromItemisation:
		return "Recorded: the sum of the package’s itemisation"
	case claims.FromAllocation:
		return "Recorded: the allocation"
	}
	return "Recorded"
}

// A countItem is a count to chart.
type countItem struct {
	label string
	count funding.Count
	class string
}

// countChart returns the chart of the counts f involves: those stated and
// recorded for a count, the two sides of a ratio; or nil if there are none,
// as for a ratio with no base figures.
func countChart(f claims.Finding, c claims.Claim, r claims.Record) *chart {
	var items []countItem
	switch v := assertion(c, f.Assertion).(type) {
	case claims.CountClaim:
		if !f.RecordedCount.IsZero() {
			items = append(items, countItem{"Recorded: " + f.RecordedCount.String() + " " + v.Noun, f.RecordedCount, "recorded"})
		}
		if !f.StatedCount.IsZero() {
			items = append(items, countItem{"Stated: “" + f.StatedCount.String() + " " + v.Noun + "”", f.StatedCount, "stated"})
		}
	case claims.RatioClaim:
		pkg := nonEmpty(v.Package, c.About)
		for _, q := range []claims.Quantity{v.Denominator, v.Numerator} {
			n, from := quantity(q, pkg, r)
			if n.IsZero() {
				continue
			}
			class := "stated"
			if from == "Recorded" {
				class = "recorded"
			}
			items = append(items, countItem{from + ": " + n.String() + " " + q.Noun, n, class})
		}
	}
	if len(items) == 0 {
		return nil
	}
	var scale int64
	for _, it := range items {
		scale = max(scale, it.count.Value())
	}
	ch := &chart{Scale: strconv.FormatInt(scale, 10), BarMax: barMax}
	for _, it := range items {
		ch.Bars = append(ch.Bars, bar{
			Label: it.label,
			Value: it.count.String(),
			Class: it.class,
			Exact: strconv.FormatInt(it.count.Value(), 10),
			Width: countWidth(it.count.Value(), scale),
		})
	}
	ch.describe("Bar chart of the counts")
	return ch
}

// countWidth returns barMax × n ÷ scale, rounded half up, exactly.
func countWidth(n, scale int64) int {
	if scale <= 0 || n <= 0 {
		return 0
	}
	num := new(big.Int).Mul(big.NewInt(2*barMax), big.NewInt(n))
	num.Add(num, big.NewInt(scale))
	den := new(big.Int).Mul(big.NewInt(2), big.NewInt(scale))
	return int(num.Quo(num, den).Int64())
}

// quantity returns the count of one side of a ratio, from the record's
// measure if the claim names one, otherwise as the claim states it, and
// which it is.
func quantity(q claims.Quantity, pkgID string, r claims.Record) (funding.Count, string) {
	if q.Measure != "" {
		if p, ok := r.Package(pkgID); ok {
			for _, m := range p.Measures {
				if m.Noun == q.Measure {
					return m.Count, "Recorded"
				}
			}
		}
	}
	return q.Count, "Stated"
}

// assertion returns the i'th assertion of c, or nil.
func assertion(c claims.Claim, i int) claims.Assertion {
	if i < 0 || i >= len(c.Assertions) {
		return nil
	}
	return c.Assertions[i]
}

// nonEmpty returns s, or def if s is empty.
func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
