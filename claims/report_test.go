package claims_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// reviewOptions are the publisher details the golden ClaimReviews use.
var reviewOptions = claims.ReviewOptions{
	Publisher:    "Example Fact Check",
	PublisherURL: "https://factcheck.example.org/",
	URL:          "https://factcheck.example.org/2025/london-cse-funding",
	Published:    funding.MustDate(2025, 7, 21),
}

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got), run go test -update if the change is right:\n%s", name, diff)
	}
}

func TestReportsGolden(t *testing.T) {
	stories := []struct {
		name   string
		record func() claims.Record
	}{
		{"london2025", london2025},
		{"mopac2016", mopac2016},
	}
	for _, s := range stories {
		t.Run(s.name, func(t *testing.T) {
			a, err := claims.Assess(s.record(), claims.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var text, md, reviews bytes.Buffer
			if err := claims.WriteText(&text, a); err != nil {
				t.Fatal(err)
			}
			if err := claims.WriteMarkdown(&md, a); err != nil {
				t.Fatal(err)
			}
			if err := claims.WriteClaimReviews(&reviews, a, reviewOptions); err != nil {
				t.Fatal(err)
			}
			if !json.Valid(reviews.Bytes()) {
				t.Errorf("WriteClaimReviews wrote invalid JSON:\n%s", reviews.Bytes())
			}
			assessment, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, s.name+".txt.golden", text.Bytes())
			golden(t, s.name+".md.golden", md.Bytes())
			golden(t, s.name+".claimreview.json.golden", reviews.Bytes())
			golden(t, s.name+".assessment.json.golden", append(assessment, '\n'))
		})
	}
}

// TestMarkdownRecord checks the record section of the Markdown report and
// that amounts read with pence ("1260000.00", as the JSON record has them)
// are written in whole pounds, as the text report writes them, unless
// there are pence.
func TestMarkdownRecord(t *testing.T) {
	r := mopac2016()
	pkg := &r.Packages[0]
	pkg.Allocations = slices.Clone(pkg.Allocations)
	for i := range pkg.Allocations {
		al := &pkg.Allocations[i]
		al.Amount = currency.MustParse(al.Amount.Format(currency.Whole) + ".00")
	}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var text, md bytes.Buffer
	if err := claims.WriteText(&text, a); err != nil {
		t.Fatal(err)
	}
	if err := claims.WriteMarkdown(&md, a); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\n## The record: Funding for sexual violence services in London\n\n",
		"\n- Funder: Mayor's Office for Policing And Crime\n",
		"\n- Announced by: Sadiq Khan, Mayor of London, 28 November 2016\n",
		"\n- Headline: “more than £4 million”\n",
		"\n- Period: 1 April 2017 to 31 March 2018 (financial year 2017-18)\n",
		// £3,595,000 over about 24,000 adults is £149.7916…
		"\n- Count: about 24,000 adults in London who experience serious sexual assault or rape",
		": about £149.79 per adult on the itemised £3,595,000\n",
		"\n| Amount | Itemised for | Shares |\n| ---: | --- | --- |\n",
		"\n| £1,260,000 | Four London Rape Crisis Centres | 4 × £315,000 |\n",
		// £2,165,000 ÷ 3 = £721,666.66…, the odd penny to the first two.
		" | £721,666.67 + £721,666.67 + £721,666.66 |\n",
		"\n| £70,000 | Extension of an interpreter service for another year |  |\n",
		"\n| **£3,595,000** | **Total itemised** | |\n",
		"\nItemised £3,595,000 falls at least £405,000 short of \"more than £4 million\".\n",
		"\n| more than £4 million | £3,595,000 (itemisation) | +£405,000 (+11.3%) | 1.113 |\n",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("WriteMarkdown lacks %q:\n%s", want, md.String())
		}
	}
	if strings.Contains(md.String(), "000.00") {
		t.Errorf("WriteMarkdown writes pence where there are none:\n%s", md.String())
	}
	if want := "Figures: stated more than £4 million; recorded £3,595,000 (itemisation);"; !strings.Contains(text.String(), want) {
		t.Errorf("WriteText lacks %q:\n%s", want, text.String())
	}
	// Pence are kept where there are some.
	pkg.Allocations[3].Amount = currency.MustParse("£70,000.50")
	a, err = claims.Assess(r, claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	md.Reset()
	if err := claims.WriteMarkdown(&md, a); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\n| £70,000.50 | Extension", "\n| **£3,595,000.50** | **Total itemised** |", "| £3,595,000.50 (itemisation) |"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("WriteMarkdown with pence lacks %q:\n%s", want, md.String())
		}
	}
}

// TestMarkdownRecordUnitemised checks the record section of a package
// with no itemisation, whose money per head is on the headline, and one
// whose itemisation cannot be totalled.
func TestMarkdownRecordUnitemised(t *testing.T) {
	a, err := claims.Assess(london2025(), claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := claims.WriteMarkdown(&md, a); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\n- Itemisation: none in the record\n",
		// £2,400,000 ÷ 1,200 = £2,000.
		": about £2,000 per case in scope on the headline’s £2,400,000\n",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("WriteMarkdown lacks %q:\n%s", want, md.String())
		}
	}
	// Assessments made by hand may hold what Assess would refuse.
	a.Packages = []funding.Package{{ID: "mixed", Funder: funding.Org{Name: "F"}, Allocations: []funding.Allocation{
		{ID: "a", Amount: currency.Pounds(1)}, {ID: "b", Amount: currency.MustParse("€1")}}}}
	md.Reset()
	if err := claims.WriteMarkdown(&md, a); err != nil {
		t.Fatal(err)
	}
	if want := "\nThe itemisation cannot be totalled: "; !strings.Contains(md.String(), want) {
		t.Errorf("WriteMarkdown of mixed currencies lacks %q:\n%s", want, md.String())
	}
}

// nestedRecord is the Growth Deals story in small: a £6bn package naming
// Greater Manchester's £170m, which names £50m for transport (naming £18m
// for the Metrolink) and £40m and £35m besides, each list partial.
func nestedRecord() claims.Record {
	fig := currency.MustParseFigure
	al := func(id, title, amount string, parts ...funding.Allocation) funding.Allocation {
		return funding.Allocation{ID: id, Title: title, Stated: fig(amount), Allocations: parts, Partial: len(parts) > 0}
	}
	return claims.Record{
		Packages: []funding.Package{{ID: "deals", Funder: funding.Org{Name: "HM Government"}, Headline: fig("£6 billion"), Partial: true,
			Allocations: []funding.Allocation{al("gm", "Greater Manchester", "£170 million",
				al("gm-transport", "Transport", "£50m", al("gm-metrolink", "Metrolink", "£18m")),
				al("gm-life", "Life sciences", "£40m"),
				al("gm-fe", "Further education", "£35m"))}}},
		Claims: []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A Blogger"}, Quote: "words", About: "deals",
			Assertions: claims.Assertions{
				claims.StatedAmount{Figure: fig("£170 million"), Allocation: "gm"},
				claims.StatedAmount{Figure: fig("£18m"), Allocation: "gm-metrolink"},
			}}},
	}
}

// TestReportsNested checks that the reports show every level of a nested
// itemisation reconciled, worked by hand: 50 + 40 + 35 = £125m named of
// "£170 million", which admits £169.5m up to £170.5m, leaving £44.5m to
// £45.5m unnamed; £18m of "£50m" (£49.5m to £50.5m) leaves £31.5m to
// £32.5m.
func TestReportsNested(t *testing.T) {
	a, err := claims.Assess(nestedRecord(), claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	gm := `Its own allocations name only part of it: the named parts, £125,000,000, are part of "£170 million"; the unnamed remainder is between £44,500,000 and £45,500,000.`
	if f := a.Findings[0]; f.Verdict != claims.Accurate || !strings.Contains(f.Explanation, gm) {
		t.Errorf("finding on Greater Manchester = %v, %q; want accurate, saying %q", f.Verdict, f.Explanation, gm)
	}
	// The Metrolink's £18m is itemised no further: nothing to reconcile.
	if f := a.Findings[1]; strings.Contains(f.Explanation, "Its own allocations") {
		t.Errorf("finding on the Metrolink = %q, which has no allocations of its own", f.Explanation)
	}
	var text, md bytes.Buffer
	if err := claims.WriteText(&text, a); err != nil {
		t.Fatal(err)
	}
	if err := claims.WriteMarkdown(&md, a); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), gm) {
		t.Errorf("WriteText lacks %q:\n%s", gm, text.String())
	}
	for _, want := range []string{
		"\n| £170m | Greater Manchester |\n",
		"\n| £50m | Greater Manchester › Transport |\n",
		"\n| £18m | Greater Manchester › Transport › Metrolink |\n",
		"\n| £35m | Greater Manchester › Further education |\n",
		"\n| **£170,000,000** | **Total itemised** |\n",
		// 170 of "£6 billion" (£5.5bn to £6.5bn): £5,330m to £6,330m.
		"\nThe named parts, £170,000,000, are part of \"£6 billion\"; the unnamed remainder is between £5,330,000,000 and £6,330,000,000.\n",
		"\nGreater Manchester: the named parts, £125,000,000, are part of \"£170 million\"; the unnamed remainder is between £44,500,000 and £45,500,000.\n",
		"\nGreater Manchester › Transport: the named parts, £18,000,000, are part of \"£50m\"; the unnamed remainder is between £31,500,000 and £32,500,000.\n",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("WriteMarkdown lacks %q:\n%s", want, md.String())
		}
	}
}

// TestMarkdownRecordSumInWholePounds checks that an allocation whose money
// is its parts' sum, with no figure of its own, is written in whole pounds
// like its parts and the total: parts read with pence ("1000.00", as the
// JSON record has them) sum to £1,000 + £2,000 = £3,000, not £3,000.00.
func TestMarkdownRecordSumInWholePounds(t *testing.T) {
	pkg := funding.Package{ID: "p", Funder: funding.Org{Name: "F"}, Headline: currency.MustParseFigure("£3,000"),
		Allocations: []funding.Allocation{{ID: "gm", Title: "GM", Allocations: []funding.Allocation{
			{ID: "a", Title: "A", Amount: currency.MustParse("GBP 1000.00")},
			{ID: "b", Title: "B", Amount: currency.MustParse("GBP 2000.00")}}}}}
	a, err := claims.Assess(claims.Record{Packages: []funding.Package{pkg}}, claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := claims.WriteMarkdown(&md, a); err != nil {
		t.Fatal(err)
	}
	want := "\n| £3,000 | GM |\n| £1,000 | GM › A |\n| £2,000 | GM › B |\n| **£3,000** | **Total itemised** |\n"
	if !strings.Contains(md.String(), want) {
		t.Errorf("WriteMarkdown lacks %q:\n%s", want, md.String())
	}
}
