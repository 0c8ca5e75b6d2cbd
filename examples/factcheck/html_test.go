package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"math"
	"math/big"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/examples/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// htmlChart is what the tests read of a chart: a figure whose rows are an
// HTML label, with the value in bold, and an SVG of the bar.
type htmlChart struct {
	Role   string `xml:"role,attr"`
	Alt    string `xml:"aria-label,attr"`
	Scale  string `xml:"data-scale,attr"`
	BarMax string `xml:"data-bar-max,attr"`
	Rows   []struct {
		Label struct {
			Text  string `xml:",chardata"`
			Value string `xml:"b"`
		} `xml:"div"`
		Rects []struct {
			Class string `xml:"class,attr"`
			Width string `xml:"width,attr"`
			Value string `xml:"data-value,attr"`
		} `xml:"svg>rect"`
	} `xml:"div"`
}

var chartElement = regexp.MustCompile(`(?s)<figure class="chart".*?</figure>`)

// charts returns the charts of an HTML page, parsed with encoding/xml.
func charts(t *testing.T, page []byte) []htmlChart {
	t.Helper()
	var out []htmlChart
	for _, s := range chartElement.FindAll(page, -1) {
		var c htmlChart
		if err := xml.Unmarshal(s, &c); err != nil {
			t.Fatalf("chart is not well-formed XML: %v\n%s", err, s)
		}
		out = append(out, c)
	}
	return out
}

// tenths reads a bar's width, a percentage with one decimal place ("49.1%"),
// as tenths of a per cent.
func tenths(t *testing.T, width string) int64 {
	t.Helper()
	whole, frac, ok := strings.Cut(strings.TrimSuffix(width, "%"), ".")
	w, err1 := strconv.ParseInt(whole, 10, 64)
	f, err2 := strconv.ParseInt(frac, 10, 64)
	if !ok || !strings.HasSuffix(width, "%") || len(frac) != 1 || err1 != nil || err2 != nil {
		t.Fatalf("bar width %q is not a percentage with one decimal place", width)
	}
	return 10*w + f
}

// rat reads a decimal string exactly.
func rat(t *testing.T, s string) *big.Rat {
	t.Helper()
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		t.Fatalf("%q is not a decimal number", s)
	}
	return r
}

// TestChartProportions parses every chart of both stories' pages and checks
// that each bar's length, in tenths of a per cent, is barMax × value ÷
// scale, rounded half up, worked out here with exact rationals; that the
// longest bar is the scale; and that money is labelled in formatted GBP.
func TestChartProportions(t *testing.T) {
	for _, story := range []string{"london2025", "mopac2016"} {
		page := golden.RunOK(t, run, []string{"-format", "html", "testdata/" + story + ".json"}, "")
		cs := charts(t, page)
		if len(cs) == 0 {
			t.Fatalf("%s: the page has no charts", story)
		}
		bars := 0
		for i, c := range cs {
			scale, barMax := rat(t, c.Scale), rat(t, c.BarMax)
			longest := int64(0)
			for _, row := range c.Rows {
				for _, r := range row.Rects {
					bars++
					want := new(big.Rat).Quo(new(big.Rat).Mul(barMax, rat(t, r.Value)), scale)
					// Round half up: floor(want + 1/2).
					want.Add(want, big.NewRat(1, 2))
					wantWidth := new(big.Int).Quo(want.Num(), want.Denom())
					got := tenths(t, r.Width)
					if got != wantWidth.Int64() {
						t.Errorf("%s chart %d: bar for %s has width %q, want %v (scale %s over %s units)", story, i, r.Value, r.Width, wantWidth, c.Scale, c.BarMax)
					}
					longest = max(longest, got)
				}
				value := row.Label.Value
				if value == "" {
					t.Errorf("%s chart %d: a bar has no value label", story, i)
				}
				if strings.Contains(row.Label.Text, "£") && !strings.Contains(value, "£") {
					t.Errorf("%s chart %d: money bar labelled %q, want GBP", story, i, value)
				}
			}
			if strconv.FormatInt(longest, 10) != c.BarMax {
				t.Errorf("%s chart %d: longest bar is %d, want %s", story, i, longest, c.BarMax)
			}
		}
		if bars < 2*len(cs)-2 {
			t.Errorf("%s: %d bars in %d charts, want charts that compare figures", story, bars, len(cs))
		}
	}
}

// TestLondonChart checks the chart of "the mayor coughing up £2m": it
// compares the £2.4m package, the £2m as stated and the £4.5m proposal, in
// formatted GBP, the longest bar being the £4.5m.
func TestLondonChart(t *testing.T) {
	page := golden.RunOK(t, run, []string{"-format", "html", "testdata/london2025.json"}, "")
	i := bytes.Index(page, []byte(`id="finding-hall-inquiry-2"`))
	if i < 0 {
		t.Fatal("no finding-hall-inquiry-2 on the page")
	}
	cs := charts(t, page[i:])
	if len(cs) == 0 {
		t.Fatal("finding-hall-inquiry-2 has no chart")
	}
	c := cs[0]
	var got []string
	for _, row := range c.Rows {
		got = append(got, row.Rects[0].Value+"="+row.Rects[0].Width+" "+row.Label.Value)
	}
	// 920 × 2.4 ÷ 4.5 = 490.67 and 920 × 2 ÷ 4.5 = 408.89 tenths of a per
	// cent; £4.5m, the largest, is the longest bar, 92%.
	want := []string{"2400000=49.1% £2,400,000", "2000000=40.9% £2,000,000", "4500000=92.0% £4,500,000"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("chart of finding-hall-inquiry-2 = %q, want %q", got, want)
	}
}

// TestSelfContained checks that the page runs no script and fetches
// nothing: no src attributes, no stylesheets linked, no CSS imports; its
// one script element is the ClaimReview JSON-LD, data that browsers do not
// run, and it is the JSON that -format claimreview writes.
func TestSelfContained(t *testing.T) {
	const open = `<script type="application/ld+json">`
	for _, story := range []string{"london2025", "mopac2016"} {
		page := string(golden.RunOK(t, run, []string{"-format", "html", "-published", "2025-07-21", "testdata/" + story + ".json"}, ""))
		i := strings.Index(page, open)
		j := strings.Index(page[max(i, 0):], "</script>")
		if i < 0 || j < 0 {
			t.Fatalf("%s page has no ClaimReview JSON-LD", story)
		}
		jsonLD := page[i+len(open) : i+j]
		var got, want any
		if err := json.Unmarshal([]byte(jsonLD), &got); err != nil {
			t.Fatalf("%s page: JSON-LD is not JSON: %v\n%s", story, err, jsonLD)
		}
		reviews := golden.RunOK(t, run, []string{"-format", "claimreview", "-published", "2025-07-21", "testdata/" + story + ".json"}, "")
		if err := json.Unmarshal(reviews, &want); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s page: JSON-LD differs from -format claimreview (-want +got):\n%s", story, diff)
		}
		rest := strings.ToLower(page[:i] + page[i+j+len("</script>"):])
		for _, bad := range []string{"<script", " src=", "<link", "@import", "url(", "<iframe", "<img", "javascript:"} {
			if strings.Contains(rest, bad) {
				t.Errorf("%s page contains %q", story, bad)
			}
		}
	}
}

// TestOverallVerdicts checks that the page shows each claim's rating as its
// ClaimReview gives it, as fact-check markup requires, and that claims of
// opinion alone say they are not rated.
func TestOverallVerdicts(t *testing.T) {
	page := string(golden.RunOK(t, run, []string{"-format", "html", "testdata/london2025.json"}, ""))
	for _, tt := range []struct{ claim, want string }{
		{"mayor-2025", `Overall: <span class="verdict v-accurate">Accurate</span>`},
		{"hall-too-little", `Opinion only: no rating of true or false.`},
		{"hall-inquiry", `Overall: <span class="verdict v-understated">Understated</span>`},
		{"waxman-2025", `Opinion only: no rating of true or false.`},
		{"kelland-threefold", `Overall: <span class="verdict v-not-supported">Not supported by the record</span>`},
	} {
		i := strings.Index(page, `<section class="claim" id="claim-`+tt.claim+`">`)
		if i < 0 {
			t.Errorf("no section for claim %s", tt.claim)
			continue
		}
		section, _, _ := strings.Cut(page[i:], "</section>")
		if !strings.Contains(section, tt.want) {
			t.Errorf("claim %s: section lacks %q", tt.claim, tt.want)
		}
	}
}

// TestBarWidths checks the arithmetic of bar lengths on figures the stories
// do not have: pence, ranges, open bounds, another currency, zero.
func TestBarWidths(t *testing.T) {
	fig := currency.MustParseFigure
	c := buildMoneyChart([]moneyItem{
		{"a", fig("£1,000,000.01"), "recorded"},
		{"b", fig("between £3m and £5m"), "stated"},
		{"c", fig("more than £4 million"), "context"},
		{"d", fig("€2m"), "context"},
		{"e", fig("£0"), "context"},
	})
	if c == nil {
		t.Fatal("buildMoneyChart returned no chart")
	}
	type row struct {
		exact     string
		width     int
		high      string
		highWidth int
		open      bool
	}
	var got []row
	for _, b := range c.Bars {
		got = append(got, row{b.Exact, b.Width, b.High, b.HighWidth, b.Open})
	}
	want := []row{
		{"1000000.01", 184, "", 0, false}, // 920 × 1,000,000.01 ÷ 5,000,000 = 184.00000184
		{"3000000", 552, "5000000", 920, false},
		{"4000000", 736, "", 0, true},
		{"0", 0, "", 0, false},
	}
	if len(got) != len(want) {
		t.Fatalf("buildMoneyChart: %d bars, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("bar %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if c.Scale != "5000000" || len(c.Notes) != 1 || !strings.Contains(c.Notes[0], "€2m") {
		t.Errorf("scale %s, notes %q; want 5000000 and a note on €2m", c.Scale, c.Notes)
	}
	for _, tt := range []struct {
		n, scale int64
		want     int
	}{
		{1200, 2200, 502}, // 501.8
		{1, 1840, 1},      // 0.5 rounds up
		{1, 1841, 0},
		{1 << 62, 1 << 62, barMax},
		{5, 0, 0},
	} {
		if got := countWidth(tt.n, tt.scale); got != tt.want {
			t.Errorf("countWidth(%d, %d) = %d, want %d", tt.n, tt.scale, got, tt.want)
		}
	}
}

// TestNoChart checks that a finding with no figures says why instead of
// drawing an empty chart.
func TestNoChart(t *testing.T) {
	page := string(golden.RunOK(t, run, []string{"-format", "html", "testdata/london2025.json"}, ""))
	for _, want := range []string{
		"No figures to chart: the record has no base figures for this ratio.",
		"No figures to chart: this is a judgement about timing; the explanation gives the timeline.",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestChartAlternatives checks that every chart is an image to assistive
// technology with a text alternative that names each bar and gives its
// value, so that a reader who cannot see the bars loses nothing.
func TestChartAlternatives(t *testing.T) {
	for _, story := range []string{"london2025", "mopac2016"} {
		page := golden.RunOK(t, run, []string{"-format", "html", "testdata/" + story + ".json"}, "")
		cs := charts(t, page)
		if len(cs) == 0 {
			t.Fatalf("%s: no charts", story)
		}
		for i, c := range cs {
			if c.Role != "img" || !strings.HasPrefix(c.Alt, "Bar chart of the ") {
				t.Errorf("%s chart %d: role %q, alternative %q; want an img with a description", story, i, c.Role, c.Alt)
			}
			for _, row := range c.Rows {
				want := strings.TrimSpace(row.Label.Text) + ", " + row.Label.Value
				if row.Label.Value == "" || !strings.Contains(c.Alt, want) {
					t.Errorf("%s chart %d: alternative %q lacks %q", story, i, c.Alt, want)
				}
			}
		}
	}
	// The London £2m chart, worked out by hand.
	page := golden.RunOK(t, run, []string{"-format", "html", "testdata/london2025.json"}, "")
	i := bytes.Index(page, []byte(`id="finding-hall-inquiry-2"`))
	want := "Bar chart of the figures, in GBP: Recorded: the package’s headline, “£2.4m”, £2,400,000; " +
		"Stated: “£2m”, £2,000,000; Also in this claim, proposed instead: inquiry, “£4.5m”, £4,500,000."
	if cs := charts(t, page[i:]); len(cs) == 0 || cs[0].Alt != want {
		t.Errorf("alternative of the £2m chart = %q, want %q", cs[0].Alt, want)
	}
}

// TestTextSizes checks what keeps text readable on a phone without a
// browser to measure it: no font is set below 12px, and charts draw no
// text in SVG, which a narrow screen would scale down with the drawing
// (at 390px the old charts' 14px labels came out at about 5.5px).
func TestTextSizes(t *testing.T) {
	page := golden.RunOK(t, run, []string{"-format", "html", "testdata/london2025.json"}, "")
	sizes := regexp.MustCompile(`font(?:-size)?:[^;}]*?(\d+(?:\.\d+)?)(px|em|rem|pt|%)`)
	found := 0
	for _, m := range sizes.FindAllStringSubmatch(styleOf(t, page), -1) {
		found++
		n, _ := strconv.ParseFloat(m[1], 64)
		if m[2] != "px" || n < 12 {
			t.Errorf("CSS sets a font size of %s%s, want 12px or more in px", m[1], m[2])
		}
	}
	if found == 0 {
		t.Error("found no font sizes in the CSS")
	}
	for _, c := range chartElement.FindAll(page, -1) {
		if bytes.Contains(c, []byte("<text")) || bytes.Contains(c, []byte("viewBox")) {
			t.Errorf("a chart draws scaled SVG text:\n%s", c)
		}
	}
}

// styleOf returns the page's CSS.
func styleOf(t *testing.T, page []byte) string {
	t.Helper()
	_, rest, ok1 := bytes.Cut(page, []byte("<style>"))
	css, _, ok2 := bytes.Cut(rest, []byte("</style>"))
	if !ok1 || !ok2 {
		t.Fatal("the page has no <style>")
	}
	return string(css)
}

var cssRule = regexp.MustCompile(`([^{}]+)\{([^{}]*)\}`)

// cssRules returns the declarations of each selector of css, one entry per
// selector of a selector list. Rules inside @media blocks are read too.
func cssRules(css string) map[string]map[string]string {
	rules := map[string]map[string]string{}
	for _, m := range cssRule.FindAllStringSubmatch(css, -1) {
		for _, sel := range strings.Split(m[1], ",") {
			sel = strings.TrimSpace(sel)
			if rules[sel] == nil {
				rules[sel] = map[string]string{}
			}
			for _, decl := range strings.Split(m[2], ";") {
				if k, v, ok := strings.Cut(decl, ":"); ok {
					rules[sel][strings.TrimSpace(k)] = strings.TrimSpace(v)
				}
			}
		}
	}
	return rules
}

// luminance returns the WCAG 2 relative luminance of a colour written
// #rgb or #rrggbb, and false if it is written otherwise.
func luminance(colour string) (float64, bool) {
	h := strings.TrimPrefix(colour, "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 || !strings.HasPrefix(colour, "#") {
		return 0, false
	}
	var lin [3]float64
	for i := range lin {
		v, err := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
		if err != nil {
			return 0, false
		}
		c := float64(v) / 255
		if c <= 0.04045 {
			lin[i] = c / 12.92
		} else {
			lin[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*lin[0] + 0.7152*lin[1] + 0.0722*lin[2], true
}

// contrast returns the WCAG 2 contrast ratio of two colours.
func contrast(t *testing.T, a, b string) float64 {
	t.Helper()
	la, ok1 := luminance(a)
	lb, ok2 := luminance(b)
	if !ok1 || !ok2 {
		t.Fatalf("cannot read the colours %q and %q", a, b)
	}
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// contrastProblems returns what in css falls short of WCAG AA: verdict
// badges and text below 4.5:1 against their background (their own, or else
// both the cards' white and the page's), and bars and arrows of the charts
// below 3:1 against the white of the cards (non-text contrast).
func contrastProblems(t *testing.T, css string) []string {
	rules := cssRules(css)
	var out []string
	check := func(what, fg, bg string, least float64) {
		if r := contrast(t, fg, bg); r < least {
			out = append(out, fmt.Sprintf("%s: %s on %s is %.2f:1, want %.1f:1", what, fg, bg, r, least))
		}
	}
	page := rules["body"]["background"]
	badgeText := rules[".verdict"]["color"]
	badges := 0
	for sel, decls := range rules {
		switch {
		case strings.HasPrefix(sel, ".v-"):
			badges++
			check("badge "+sel, badgeText, decls["background"], 4.5)
		case sel == ".verdict":
			// Its background is a .v- class's, checked above.
		case decls["color"] != "" && decls["color"] != "inherit":
			if bg := decls["background"]; bg != "" {
				check(sel, decls["color"], bg, 4.5)
			} else {
				check(sel, decls["color"], "#fff", 4.5)
				check(sel, decls["color"], page, 4.5)
			}
		case decls["fill"] != "" && !strings.Contains(sel, ".high"):
			check(sel, decls["fill"], "#fff", 3)
		}
	}
	if badges == 0 || badgeText == "" || page == "" {
		out = append(out, "no badges, badge text colour or page background in the CSS")
	}
	return out
}

// TestContrast checks the page's colours against WCAG AA, as computed here
// from the CSS in the page, and that every verdict the page shows has a
// badge colour.
func TestContrast(t *testing.T) {
	for _, story := range []string{"london2025", "mopac2016"} {
		page := golden.RunOK(t, run, []string{"-format", "html", "testdata/" + story + ".json"}, "")
		css := styleOf(t, page)
		for _, p := range contrastProblems(t, css) {
			t.Errorf("%s: %s", story, p)
		}
		rules := cssRules(css)
		for _, m := range regexp.MustCompile(`class="verdict (v-[a-z-]+)"`).FindAllSubmatch(page, -1) {
			if rules["."+string(m[1])]["background"] == "" {
				t.Errorf("%s: badge %s has no colour", story, m[1])
			}
		}
	}
}

// TestContrastCanFail checks contrastProblems on the colours the page had
// before: white on the accurate badge's #27ab83 is 2.90:1, grey #7b8794
// text on white 3.66:1 and the light context bars #bcccdc 1.64:1.
func TestContrastCanFail(t *testing.T) {
	css := `body { background: #f4f5f7; }
.verdict { color: #fff; }
.v-accurate { background: #27ab83; }
.kind { color: #7b8794; }
rect.context { fill: #bcccdc; }`
	got := contrastProblems(t, css)
	want := []string{
		"badge .v-accurate: #fff on #27ab83 is 2.90:1, want 4.5:1",
		".kind: #7b8794 on #fff is 3.66:1, want 4.5:1",
		".kind: #7b8794 on #f4f5f7 is 3.36:1, want 4.5:1",
		"rect.context: #bcccdc on #fff is 1.64:1, want 3.0:1",
	}
	slices.Sort(got)
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("contrastProblems of the old colours (-want +got):\n%s", diff)
	}
}

// TestHTMLShares checks that the HTML page writes an allocation's shares as
// the Markdown report does, in runs of equal ones, rather than one amount
// per recipient: 41 projects share £86,715,535, 36 of them a penny more
// (86,715,535 / 41 = 2,115,013.04 with 36p over), and 38 schools £2.9m, 36
// of them a penny more (2,900,000 / 38 = 76,315.78 with 36p over).
func TestHTMLShares(t *testing.T) {
	for _, tt := range []struct{ story, want string }{
		{"getting-building-fund-2020-south-west", "<td>36 × £2,115,013.05 + 5 × £2,115,013.04</td>"},
		{"gla-2025-greener-schools-2-9m", "<td>36 × £76,315.79 + 2 × £76,315.78</td>"},
	} {
		// html/template writes "+" as "&#43;".
		page := html.UnescapeString(string(golden.RunOK(t, run, []string{"-format", "html", "testdata/real/" + tt.story + ".json"}, "")))
		if !strings.Contains(page, tt.want) {
			t.Errorf("%s page lacks %q", tt.story, tt.want)
		}
		md := string(golden.RunOK(t, run, []string{"-format", "md", "testdata/real/" + tt.story + ".json"}, ""))
		if cell := strings.TrimSuffix(strings.TrimPrefix(tt.want, "<td>"), "</td>"); !strings.Contains(md, "| "+cell+" |") {
			t.Errorf("%s Markdown report lacks %q", tt.story, cell)
		}
	}
}

// TestHTMLNested checks that the HTML page lists and reconciles a nested
// itemisation as the Markdown report does: the Growth Deals' £18m three
// levels down, and £18m of "£50m" (£49.5m up to £50.5m) leaving £31.5m to
// £32.5m unnamed.
func TestHTMLNested(t *testing.T) {
	page := html.UnescapeString(string(golden.RunOK(t, run, []string{"-format", "html", "testdata/real/growth-deals-2014-6bn-nested.json"}, "")))
	for _, want := range []string{
		"<td>Greater Manchester › Transport improvement investments › Plan to revamp the Metrolink transport system</td>",
		`<p class="reconciled">Greater Manchester › Transport improvement investments: the named parts, £18,000,000, are part of "£50m"; the unnamed remainder is between £31,500,000 and £32,500,000.</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the Growth Deals page lacks %q", want)
		}
	}
}

// sumInWholePounds is a record whose allocation GM has no money of its own
// but its parts', read with pence as a JSON record has them: £1,000 +
// £2,000 = £3,000, to be written like its parts, in whole pounds.
const sumInWholePounds = `{"packages": [{"id": "p", "funder": {"name": "F"}, "headline": "£3,000",
  "allocations": [{"id": "gm", "title": "GM", "allocations": [
    {"id": "a", "title": "A", "amount": {"amount": "1000.00", "currency": "GBP"}},
    {"id": "b", "title": "B", "amount": {"amount": "2000.00", "currency": "GBP"}}]}]}]}`

var (
	htmlItemRow   = regexp.MustCompile(`<tr><td class="num">([^<]*)</td><td>([^<]*)</td>`)
	htmlItemTotal = regexp.MustCompile(`<tfoot><tr><td class="num">([^<]*)</td>`)
	mdItemRow     = regexp.MustCompile(`(?m)^\| (.*?) \| (.*?) \|`)
)

// htmlItemisations returns the amount and title columns of the itemisation
// tables of an HTML page, and the totals, each table's lines joined.
func htmlItemisations(page string) (rows, totals []string) {
	for _, m := range htmlItemRow.FindAllStringSubmatch(page, -1) {
		if m[2] != "Total itemised" {
			rows = append(rows, html.UnescapeString(m[1])+" | "+html.UnescapeString(m[2]))
		}
	}
	for _, m := range htmlItemTotal.FindAllStringSubmatch(page, -1) {
		totals = append(totals, html.UnescapeString(m[1]))
	}
	return rows, totals
}

// mdItemisations returns the same of a Markdown report, read from the
// tables under an "| Amount | Itemised for |" head, unescaped.
func mdItemisations(report string) (rows, totals []string) {
	unescape := strings.NewReplacer(`\`, "")
	for _, table := range strings.Split(report, "\n| Amount | Itemised for |")[1:] {
		table, _, _ = strings.Cut(table, "\n\n")
		for _, m := range mdItemRow.FindAllStringSubmatch(table, -1) {
			switch {
			case strings.HasPrefix(m[1], "---"):
			case m[2] == "**Total itemised**":
				totals = append(totals, strings.Trim(m[1], "*"))
			default:
				rows = append(rows, unescape.Replace(m[1])+" | "+unescape.Replace(m[2]))
			}
		}
	}
	return rows, totals
}

// TestHTMLItemisationAsMarkdown checks that the HTML page's itemisation
// tables say what the Markdown report's do, row by row and total by total,
// for every record in testdata: the page cannot call claims' unexported
// helpers, so this is what keeps its copy of the rule for writing an
// allocation's money (stated figures as stated, the record's amounts in
// whole pounds) the same as the report's.
func TestHTMLItemisationAsMarkdown(t *testing.T) {
	real, err := filepath.Glob("testdata/real/*.json")
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]string{"sum in whole pounds": sumInWholePounds}
	for _, name := range append([]string{"testdata/london2025.json", "testdata/mopac2016.json"}, real...) {
		inputs[name] = ""
	}
	tables := 0
	for name, stdin := range inputs {
		args := []string{name}
		if stdin != "" {
			args = nil
		}
		page := string(golden.RunOK(t, run, append([]string{"-format", "html"}, args...), stdin))
		md := string(golden.RunOK(t, run, append([]string{"-format", "md"}, args...), stdin))
		htmlRows, htmlTotals := htmlItemisations(page)
		mdRows, mdTotals := mdItemisations(md)
		if diff := cmp.Diff(mdRows, htmlRows); diff != "" {
			t.Errorf("%s: the HTML itemisation differs from the Markdown one (-md +html):\n%s", name, diff)
		}
		if diff := cmp.Diff(mdTotals, htmlTotals); diff != "" {
			t.Errorf("%s: the HTML totals differ from the Markdown ones (-md +html):\n%s", name, diff)
		}
		tables += len(mdTotals)
	}
	// The comparison must have compared something.
	if tables < 5 {
		t.Errorf("compared %d itemisations, want at least 5", tables)
	}
	page := string(golden.RunOK(t, run, []string{"-format", "html"}, sumInWholePounds))
	rows, _ := htmlItemisations(page)
	if want := []string{"£3,000 | GM", "£1,000 | GM › A", "£2,000 | GM › B"}; !slices.Equal(rows, want) {
		t.Errorf("HTML itemisation of parts with pence = %q, want %q", rows, want)
	}
}

var (
	htmlFact     = regexp.MustCompile(`<li>([^<]*)</li>`)
	htmlMeasures = regexp.MustCompile(`<p class="measures">Counts in the record: ([^<]*)\.</p>`)
	mdFact       = regexp.MustCompile(`(?m)^- (.*)$`)
)

// TestHTMLFactsAsMarkdown checks that the HTML page says what the Markdown
// report says of each package of every record in testdata: its facts
// (funder, headline, novelty, period...) and its counts with the money per
// head, which the page works out with its own copy of WriteMarkdown's
// rules, as it may use only claims' exported API.
func TestHTMLFactsAsMarkdown(t *testing.T) {
	real, err := filepath.Glob("testdata/real/*.json")
	if err != nil {
		t.Fatal(err)
	}
	facts := 0
	for _, name := range append([]string{"testdata/london2025.json", "testdata/mopac2016.json"}, real...) {
		page := html.UnescapeString(string(golden.RunOK(t, run, []string{"-format", "html", name}, "")))
		md := string(golden.RunOK(t, run, []string{"-format", "md", name}, ""))
		var htmlFacts, mdFacts []string
		for _, m := range htmlFact.FindAllStringSubmatch(page, -1) {
			htmlFacts = append(htmlFacts, m[1])
		}
		for _, m := range htmlMeasures.FindAllStringSubmatch(page, -1) {
			for _, count := range strings.Split(m[1], "; ") {
				htmlFacts = append(htmlFacts, "Count: "+count)
			}
		}
		for _, m := range mdFact.FindAllStringSubmatch(md, -1) {
			// The package's ID is a fact of the report's, given on the
			// page as the section's anchor.
			if !strings.HasPrefix(m[1], "Package: `") {
				mdFacts = append(mdFacts, strings.ReplaceAll(m[1], `\`, ""))
			}
		}
		// The page gives a package's counts after its facts.
		slices.SortStableFunc(mdFacts, func(a, b string) int {
			return cmpBool(strings.HasPrefix(a, "Count: "), strings.HasPrefix(b, "Count: "))
		})
		if diff := cmp.Diff(mdFacts, htmlFacts); diff != "" {
			t.Errorf("%s: the HTML facts differ from the Markdown ones (-md +html):\n%s", name, diff)
		}
		facts += len(mdFacts)
	}
	if facts < 50 {
		t.Errorf("compared %d facts, want at least 50", facts)
	}
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
