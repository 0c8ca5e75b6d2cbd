package claims

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// The two source stories, which tests read from the shared directory
// beside the module (it is in CI and every worktree; the BBC's text may not
// ship with the module).
var (
	mopacSource  = filepath.Join("..", "..", "shared", "sources", "2016-mopac-sexual-violence-investment.txt")
	londonSource = filepath.Join("..", "..", "shared", "sources", "2025-london-cse-support-package.txt")
)

// readSource returns the text of a source story, or fails the test.
func readSource(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading the source story: %v", err)
	}
	return string(b)
}

// draftReport drafts a record from text, checks the draft's spans and
// validity, assesses it and returns the draft and its Markdown and text
// reports.
func draftReport(t *testing.T, text string) (Draft, string) {
	t.Helper()
	d, err := DraftRecord(text)
	if err != nil {
		t.Fatalf("DraftRecord: %v", err)
	}
	checkDraft(t, text, d)
	a, err := Assess(d.Record, Options{})
	if err != nil {
		t.Fatalf("Assess(drafted record): %v", err)
	}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, a); err != nil {
		t.Fatal(err)
	}
	if err := WriteText(&b, a); err != nil {
		t.Fatal(err)
	}
	return d, b.String()
}

// checkedDraft drafts article, failing the test if DraftRecord refuses it,
// and checks the draft (checkDraft).
func checkedDraft(t *testing.T, article string) Draft {
	t.Helper()
	d, err := DraftRecord(article)
	if err != nil {
		t.Fatalf("DraftRecord(%q): %v", article, err)
	}
	checkDraft(t, article, d)
	return d
}

// draftHeadlines drafts article, checks the draft (checkDraft) and returns
// its packages' headlines as written, in order, for tests of which money a
// draft makes a package of its own.
func draftHeadlines(t *testing.T, article string) []string {
	t.Helper()
	d := checkedDraft(t, article)
	var hs []string
	for _, p := range d.Record.Packages {
		hs = append(hs, p.Headline.Text())
	}
	return hs
}

// draftAllocationTitles drafts article, checks the draft (checkDraft) and
// returns the titles of its first package's allocations, in order, or
// none if it drafted no package.
func draftAllocationTitles(t *testing.T, article string) []string {
	t.Helper()
	d := checkedDraft(t, article)
	if len(d.Record.Packages) == 0 {
		return nil
	}
	var titles []string
	for _, a := range d.Record.Packages[0].Allocations {
		titles = append(titles, a.Title)
	}
	return titles
}

// checkDraft fails the test if a Field or Note span of d is not inside
// text on character boundaries, a Field has no path or confidence, or
// the record is invalid.
func checkDraft(t testing.TB, text string, d Draft) {
	t.Helper()
	for _, f := range d.Fields {
		if !f.Span.Valid(text) {
			t.Errorf("field %s: span %v is not inside the text on character boundaries", f.Path, f.Span)
		}
		if f.Path == "" || f.Confidence == ConfidenceUnknown {
			t.Errorf("field %+v: no path or no confidence", f)
		}
	}
	for _, n := range d.Notes {
		if !n.Span.Valid(text) {
			t.Errorf("note %q: span %v is not inside the text on character boundaries", n.Text, n.Span)
		}
		if n.Text == "" {
			t.Errorf("note at %v has no text", n.Span)
		}
	}
	if err := d.Record.Validate(); err != nil {
		t.Errorf("the drafted record is invalid: %v", err)
	}
	// Every package, allocation, measure and claim was read from somewhere.
	paths := make(map[string]bool, len(d.Fields))
	for _, f := range d.Fields {
		paths[f.Path] = true
	}
	var want []string
	for i, p := range d.Record.Packages {
		pp := "packages[" + strconv.Itoa(i) + "]"
		want = append(want, pp+".id", pp+".funder")
		if !p.Headline.IsZero() {
			want = append(want, pp+".headline")
		}
		for j := range p.Allocations {
			want = append(want, pp+".allocations["+strconv.Itoa(j)+"].amount")
		}
		for j := range p.Measures {
			want = append(want, pp+".measures["+strconv.Itoa(j)+"]")
		}
	}
	for i := range d.Record.Claims {
		cp := "claims[" + strconv.Itoa(i) + "]"
		want = append(want, cp+".id", cp+".quote", cp+".about")
	}
	for _, w := range want {
		if !paths[w] {
			t.Errorf("no field gives the provenance of %s", w)
		}
	}
}

// wantAll fails the test for each of wants that report does not hold.
func wantAll(t *testing.T, report string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(report, w) {
			t.Errorf("the report of the drafted record lacks %q; it is:\n%s", w, report)
			return
		}
	}
}

// TestDraftRecordMOPAC2016 drafts the GLA's 2016 release and checks that
// its report makes the findings the hand-made record's does
// (examples/factcheck/testdata/mopac2016.txt.golden): the itemisation falls
// short of the headline, the shares of the centres, the extension, the
// financial year and the count of adults.
func TestDraftRecordMOPAC2016(t *testing.T) {
	text := readSource(t, mopacSource)
	d, report := draftReport(t, text)
	wantAll(t, report,
		// £1,260,000 + £2,165,000 + £100,000 + £70,000 = £3,595,000, and
		// £4,000,000 - £3,595,000 = £405,000.
		"“more than £4 million” is not supported by the itemised £3,595,000, which is at least £405,000 short of it",
		// £1,260,000 / 4 = £315,000.
		"4 × £315,000",
		// £2,165,000 / 3 = £721,666.666…, shared to the penny.
		"£721,666.67 + £721,666.67 + £721,666.66",
		"an extension of existing funding",
		"for 2017-18",
		"about 24,000 adults (each year)",
		"Sadiq Khan, Mayor of London",
	)
	p := d.Record.Packages[0]
	if got, want := p.Headline.Text(), "more than £4 million"; got != want {
		t.Errorf("headline = %q, want %q", got, want)
	}
	if got, want := p.Announced, funding.MustDate(2016, 11, 28); got != want {
		t.Errorf("announced = %v, want %v", got, want)
	}
	if got, want := p.Funder.Name, "Mayor’s Office for Policing And Crime"; got != want {
		t.Errorf("funder = %q, want %q (MOPAC, spelt out where the release defines it)", got, want)
	}
	want := []struct {
		amount string
		count  int64
	}{{"£1,260,000", 4}, {"£2,165,000", 3}, {"£100,000", 4}, {"£70,000", 0}}
	if len(p.Allocations) != len(want) {
		t.Fatalf("%d allocations, want %d: %+v", len(p.Allocations), len(want), p.Allocations)
	}
	for i, w := range want {
		a := p.Allocations[i]
		if !a.Amount.Equal(currency.MustParse(w.amount)) || a.Count.Value() != w.count {
			t.Errorf("allocation %d = %v for %d, want %s for %d", i, a.Amount, a.Count.Value(), w.amount, w.count)
		}
	}
	if p.Partial {
		t.Error("the notes to editors' list is marked partial; it itemises the whole")
	}
}

// TestDraftRecordLondon2025 drafts the BBC's 2025 story and checks that its
// report makes the findings the hand-made record's does
// (examples/factcheck/testdata/london2025.txt.golden), and the money side
// of the record that they rest on: the headline, its novelty, its kind and
// purposes (so that the £4.5m inquiry is not like for like), and the count
// of cases in scope.
func TestDraftRecordLondon2025(t *testing.T) {
	text := readSource(t, londonSource)
	d, report := draftReport(t, text)
	wantAll(t, report,
		// £2,400,000 - £2,000,000 = £400,000, which is 1/6 of £2.4m.
		"“£2m” understates the £2.4m package by £400,000 (16.7%)",
		// £4,500,000 / £2,400,000 = 1.875.
		"proposed £4.5m inquiry is 1.875 times the £2.4m package and £2.1m more, but the two are not like for like",
		"Finding 1: “too little”\nVerdict: opinion",
		"Finding 2: “too late”\nVerdict: opinion",
		"Susan Hall, leader of the Conservative Group in the London Assembly (Conservative), disputing",
		"Claire Waxman",
		// £2,400,000 / 1,200 = £2,000.
		"£2.4m over about 1,200 cases in scope is about £2,000 per case in scope",
		"“threefold increase in solved cases”",
		"About 1,200 cases in scope out of 2,200 cases reviewed is about 55%, and the record has both counts",
	)
	p := d.Record.Packages[0]
	if got, want := p.Headline.Text(), "£2.4m"; got != want {
		t.Errorf("headline = %q, want %q", got, want)
	}
	if p.Novelty != funding.New {
		t.Errorf("novelty = %v, want new (“a new £2.4m package”)", p.Novelty)
	}
	if p.Kind != funding.Services {
		t.Errorf("kind = %v, want services", p.Kind)
	}
	if !p.Announced.IsZero() {
		t.Errorf("announced = %v; the story prints no date", p.Announced)
	}
	var inScope funding.Measure
	for _, m := range p.Measures {
		if m.Noun == "cases in scope" {
			inScope = m
		}
	}
	if got, want := inScope.Count, funding.MustParseCount("about 1,200"); got != want || inScope.Unit != "case in scope" {
		t.Errorf("measure of cases in scope = %+v, want about 1,200 with unit “case in scope” among %+v", inScope, p.Measures)
	}
}

// TestDraftRecordBadInput checks that input that is not text is an
// error naming the fault, and that empty text and text with no money give
// an empty record with a note.
func TestDraftRecordBadInput(t *testing.T) {
	for _, tc := range []struct {
		name, text string
	}{
		{"NUL", "The council\x00 announced £2m."},
		{"invalid UTF-8", "The council announced \xff£2m."},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
	} {
		_, err := DraftRecord(tc.text)
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) || pe.Func != "DraftRecord" {
			t.Errorf("%s: DraftRecord(%q) error = %v, want a *ParseError from DraftRecord matching ErrSyntax", tc.name, tc.text, err)
		}
	}
	for _, tc := range []struct {
		name, text, note string
	}{
		{"empty", "", "the article is empty"},
		{"white space", " \n\t\n", "the article is empty"},
		{"no money", "The council met on Tuesday.\nIt discussed the roads.", "states no money"},
	} {
		d, err := DraftRecord(tc.text)
		if err != nil {
			t.Errorf("%s: DraftRecord(%q) error = %v, want none", tc.name, tc.text, err)
			continue
		}
		if len(d.Record.Packages)+len(d.Record.Claims) != 0 || len(d.Notes) != 1 || !strings.Contains(d.Notes[0].Text, tc.note) {
			t.Errorf("%s: DraftRecord(%q) = %+v, want an empty record and a note saying %q", tc.name, tc.text, d, tc.note)
		}
	}
}

// TestDraftRecordNegative checks that a negative amount, which no record
// states (the fuzzer found "-£1B … for …" drafted as an allocation, which
// Validate refuses), is drafted nowhere and has a Note on its span.
func TestDraftRecordNegative(t *testing.T) {
	for _, text := range []string{
		"The council has announced £3m for parks.\n-£1m for roads and £2m for schools.",
		"-£1B for the roads.",
	} {
		d, err := DraftRecord(text)
		if err != nil {
			t.Fatalf("DraftRecord(%q) error = %v, want none", text, err)
		}
		if err := d.Record.Validate(); err != nil {
			t.Errorf("DraftRecord(%q).Record.Validate() = %v, want nil", text, err)
		}
		neg := strings.Index(text, "-£")
		end := neg + len("-£1m")
		found := false
		for _, n := range d.Notes {
			if n.Span == (Span{neg, end}) && strings.Contains(n.Text, "negative amount") {
				found = true
			}
		}
		if !found {
			t.Errorf("DraftRecord(%q).Notes = %+v, want one on %q saying it is a negative amount", text, d.Notes, text[neg:end])
		}
		for _, f := range d.Fields {
			if f.Span.Start <= neg && neg < f.Span.End {
				t.Errorf("DraftRecord(%q) drafted %s from %q, want the negative amount drafted nowhere", text, f.Path, text[f.Span.Start:f.Span.End])
			}
		}
	}
}

// TestDraftRecordLarge drafts 4 MB of news text, which takes time in
// proportion (BenchmarkDraftRecord measures it), and checks the draft's
// spans. A larger file is factcheck's to refuse, with -max-input.
func TestDraftRecordLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("drafts 4 MB")
	}
	text := strings.Repeat(readSource(t, mopacSource)+"\n", 4<<20/5300)
	d, err := DraftRecord(text)
	if err != nil {
		t.Fatal(err)
	}
	checkDraft(t, text, d)
	if !utf8.ValidString(text) || len(d.Record.Packages) != 1 {
		t.Errorf("drafted %d packages from 4 MB of one release repeated, want 1", len(d.Record.Packages))
	}
}
