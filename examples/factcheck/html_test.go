package main

import (
	"bytes"
	"encoding/xml"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/examples/internal/golden"
)

// svgChart is what the test reads of a chart's SVG.
type svgChart struct {
	Scale  string `xml:"data-scale,attr"`
	BarMax string `xml:"data-bar-max,attr"`
	Rows   []struct {
		Texts []struct {
			Class string `xml:"class,attr"`
			Text  string `xml:",chardata"`
		} `xml:"text"`
		Rects []struct {
			Class string `xml:"class,attr"`
			Width string `xml:"width,attr"`
			Value string `xml:"data-value,attr"`
		} `xml:"rect"`
	} `xml:"g"`
}

var svgElement = regexp.MustCompile(`(?s)<svg .*?</svg>`)

// charts returns the charts of an HTML page, parsed with encoding/xml.
func charts(t *testing.T, page []byte) []svgChart {
	t.Helper()
	var out []svgChart
	for _, s := range svgElement.FindAll(page, -1) {
		var c svgChart
		if err := xml.Unmarshal(s, &c); err != nil {
			t.Fatalf("chart is not well-formed XML: %v\n%s", err, s)
		}
		out = append(out, c)
	}
	return out
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
// that each bar's length is barMax × value ÷ scale, rounded half up, worked
// out here with exact rationals; that the longest bar is the scale; and
// that money is labelled in formatted GBP.
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
					got, err := strconv.ParseInt(r.Width, 10, 64)
					if err != nil || got != wantWidth.Int64() {
						t.Errorf("%s chart %d: bar for %s has width %q, want %v (scale %s over %s units)", story, i, r.Value, r.Width, wantWidth, c.Scale, c.BarMax)
					}
					longest = max(longest, got)
				}
				value := ""
				for _, tx := range row.Texts {
					if tx.Class == "value" {
						value = tx.Text
					}
				}
				if value == "" {
					t.Errorf("%s chart %d: a bar has no value label", story, i)
				}
				if strings.Contains(row.Texts[0].Text, "£") && !strings.Contains(value, "£") {
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
		got = append(got, row.Rects[0].Value+"="+row.Rects[0].Width+" "+row.Texts[1].Text)
	}
	want := []string{"2400000=277 £2,400,000", "2000000=231 £2,000,000", "4500000=520 £4,500,000"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("chart of finding-hall-inquiry-2 = %q, want %q", got, want)
	}
}

// TestSelfContained checks that the page has no script and fetches
// nothing: no src attributes, no stylesheets linked, no CSS imports.
func TestSelfContained(t *testing.T) {
	for _, story := range []string{"london2025", "mopac2016"} {
		page := strings.ToLower(string(golden.RunOK(t, run, []string{"-format", "html", "testdata/" + story + ".json"}, "")))
		for _, bad := range []string{"<script", " src=", "<link", "@import", "url(", "<iframe", "<img", "javascript:"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s page contains %q", story, bad)
			}
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
		{"1000000.01", 104, "", 0, false}, // 520 × 1,000,000.01 ÷ 5,000,000 = 104.000001
		{"3000000", 312, "5000000", 520, false},
		{"4000000", 416, "", 0, true},
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
		{1200, 2200, 284}, // 283.6
		{1, 1040, 1},      // 0.5 rounds up
		{1, 1041, 0},
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
