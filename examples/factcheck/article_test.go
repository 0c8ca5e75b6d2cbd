package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/examples/internal/golden"
)

// mopacArticle is the GLA's 2016 release as plain text, which ships in the
// drafting corpus (Open Government Licence v3.0).
var mopacArticle = filepath.Join("..", "..", "claims", "testdata", "articles", "gla-2016-mopac-sexual-violence-4m.txt")

// runArticle runs factcheck and returns its exit status, stdout and stderr.
func runArticle(args []string, stdin string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestArticle drafts the GLA release with -article and checks the report's
// findings and that the notes go to stderr at their line and column.
func TestArticle(t *testing.T) {
	code, out, errs := runArticle([]string{"-article", mopacArticle}, "")
	if code != exitOK {
		t.Fatalf("-article %s: exit %d, stderr:\n%s", mopacArticle, code, errs)
	}
	golden.Contains(t, []byte(out),
		// £1,260,000 + £2,165,000 + £100,000 + £70,000 = £3,595,000.
		"“more than £4 million” is not supported by the itemised £3,595,000, which is at least £405,000 short of it",
		"an extension of existing funding, not new money, for 2017-18")
	// The title is line 1: "Mayor invests £4 million ..." has its £ at
	// column 15.
	if want := mopacArticle + ":1:15: note: the title states “£4 million”"; !strings.Contains(errs, want) {
		t.Errorf("stderr lacks %q:\n%s", want, errs)
	}
}

// TestArticleRecord checks that -format record writes the drafted record
// alone, which factcheck reads back to the same report, and that -format
// draft writes the record with its fields and notes.
func TestArticleRecord(t *testing.T) {
	code, record, _ := runArticle([]string{"-article", mopacArticle, "-format", "record"}, "")
	if code != exitOK || !json.Valid([]byte(record)) {
		t.Fatalf("-format record: exit %d, output not one JSON record:\n%s", code, record)
	}
	// The report of -article is the record's report after the caveat
	// that it is a draft: the release's headline is read from announcing
	// words, so the caveat is its first paragraph alone.
	_, direct, _ := runArticle([]string{"-article", mopacArticle}, "")
	if again := golden.RunOK(t, run, nil, record); draftedFrom(mopacArticle)+"\n"+string(again) != direct {
		t.Errorf("the report of the record -format record wrote, after the caveat, differs from the report of -article:\n%s\nwant:\n%s", again, direct)
	}
	code, draft, _ := runArticle([]string{"-article", mopacArticle, "-format", "draft"}, "")
	var d struct {
		Record json.RawMessage   `json:"record"`
		Fields []json.RawMessage `json:"fields"`
		Notes  []json.RawMessage `json:"notes"`
	}
	if err := json.Unmarshal([]byte(draft), &d); code != exitOK || err != nil || len(d.Fields) == 0 || len(d.Notes) == 0 {
		t.Errorf("-format draft: exit %d, %v; want the record with its fields and notes:\n%s", code, err, draft)
	}
}

// draftedFrom returns the first line of the report of a record drafted
// from the article at path.
func draftedFrom(path string) string {
	return "Drafted from " + path + " by claims.DraftRecord; no person has read the record. Check it (-format draft shows where each value was read) before you rely on a finding.\n"
}

// TestArticleCaveat checks that the report of a drafted record says which
// headlines its verdicts rest on that the drafter did not read from
// announcing words. The second text has no words the drafter reads as
// announcing: it takes the £25 million the lede gives road repairs for the
// headline, not the critic's level, but only inferred so, and the caveat
// tells the reader.
func TestArticleCaveat(t *testing.T) {
	dir := t.TempDir()
	const quote = "\n\nLabour group leader Jane Smith said: “The council is spending £20 million a year on roads, and it is not enough.”\n"
	for _, tc := range []struct {
		name, text, caveat string
	}{
		{"announced.txt", "Potholes\n\nThe county council will spend £25 million a year on road repairs over the next four years." + quote, ""},
		{"inferred.txt", "Potholes\n\nRoad repairs in the county are to get £25 million a year." + quote,
			"The headline of the package \"package\", “£25 million a year”, was inferred from the words around it, not read from announcing words: the verdicts weighed against it are only as good as that reading.\n"},
	} {
		path := filepath.Join(dir, tc.name)
		if err := os.WriteFile(path, []byte(tc.text), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, format := range []string{"text", "md"} {
			code, out, errs := runArticle([]string{"-article", path, "-format", format}, "")
			want := draftedFrom(path) + tc.caveat
			if format == "md" {
				want = "```text\n" + want
			}
			// The caveat is the whole first paragraph.
			if code != exitOK || !strings.HasPrefix(out, want) || !strings.HasPrefix(out[len(want):], "\n") && !strings.HasPrefix(out[len(want):], "```\n\n") {
				t.Errorf("-article %s -format %s: exit %d, report begins %q, want it to begin %q\nstderr: %s", tc.name, format, code, out[:min(len(out), len(want)+40)], want, errs)
			}
		}
	}
}

// TestArticleSource checks that -article-publisher names the speaker of a
// release's own sentence, which the release never names, and that the
// drafted record cites -article-url and -article-date.
func TestArticleSource(t *testing.T) {
	path := filepath.Join(t.TempDir(), "release.txt")
	const release = "£20m for the NHS this winter\n\n" +
		"Funding of £16m will be allocated to Local Health Boards to ease pressure on hospitals this winter.\n\n" +
		"Health Secretary Vaughan Gething said:\n\n" +
		"“This money will help our hospitals through the busiest months of the year.”\n"
	if err := os.WriteFile(path, []byte(release), 0o644); err != nil {
		t.Fatal(err)
	}
	const url = "https://www.gov.wales/winter-money"
	code, out, errs := runArticle([]string{"-article", path, "-format", "record",
		"-article-publisher", "Welsh Government", "-article-url", url, "-article-date", "2018-10-09"}, "")
	var r struct {
		Packages []struct {
			Sources []struct{ URL, Publisher, Published string }
		}
		Claims []struct {
			Speaker struct{ Org string }
			When    string
		}
	}
	if err := json.Unmarshal([]byte(out), &r); code != exitOK || err != nil || len(r.Packages) == 0 || len(r.Packages[0].Sources) == 0 || len(r.Claims) == 0 {
		t.Fatalf("-article %s -format record with its source: exit %d, %v, record:\n%s\nstderr: %s", path, code, err, out, errs)
	}
	if s := r.Packages[0].Sources[0]; s.URL != url || s.Publisher != "Welsh Government" || s.Published != "2018-10-09" {
		t.Errorf("packages[0].sources[0] = %+v, want the flags' url, publisher and date", s)
	}
	if c := r.Claims[0]; c.Speaker.Org != "Welsh Government" || c.When != "2018-10-09" {
		t.Errorf("claims[0] = %+v, want the Welsh Government's, of 2018-10-09", c)
	}
}

// TestArticleBadInput checks what -article makes of input that is not an
// article, and of flags that do not go together.
func TestArticleBadInput(t *testing.T) {
	dir := t.TempDir()
	file := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	binary := file("image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	empty := file("empty.txt", "")
	plain := file("plain.txt", "The council met on Tuesday.\n")
	big := file("big.txt", strings.Repeat("The council met. ", 1<<20/17+1))
	for _, tc := range []struct {
		args       []string
		code       int
		out, notes string
	}{
		{[]string{"-article", binary}, exitInput, "", binary + ": claims: DraftRecordFrom(\"\\x89PNG"},
		{[]string{"-article", empty}, exitOK, draftedFrom(empty) + "\nFACT CHECK: 0 findings on 0 claims", empty + ": note: the article is empty"},
		{[]string{"-article", plain, "-format", "record"}, exitOK, "{}\n", plain + ": note: the article states no money"},
		{[]string{"-article", big, "-max-input", "1"}, exitInput, "", big + ": the article is larger than the input limit of 1 MiB"},
		{[]string{"-article", plain, "record.json"}, exitUsage, "", "give -article or a record file, not both"},
		{[]string{"-format", "draft"}, exitUsage, "", "-format draft needs -article"},
		{[]string{"-article-publisher", "Welsh Government", "record.json"}, exitUsage, "", "-article-url, -article-publisher and -article-date need -article"},
		{[]string{"-article", plain, "-article-date", "9 October 2018"}, exitUsage, "", "-article-date: "},
	} {
		code, out, errs := runArticle(tc.args, "")
		if code != tc.code || !strings.HasPrefix(out, tc.out) || !strings.Contains(errs, tc.notes) {
			t.Errorf("run(%q) = %d, stdout %q, stderr %q; want %d, stdout from %q, stderr with %q", tc.args, code, out, errs, tc.code, tc.out, tc.notes)
		}
	}
}

// TestWeighed checks which findings the caveat counts as weighed against a
// package's headline: a verdict of fact on the package, not one on an
// allocation of it, which a wrong headline leaves right, nor one not
// assessed.
func TestWeighed(t *testing.T) {
	for _, tc := range []struct {
		f    claims.Finding
		want bool
	}{
		{claims.Finding{Package: "p", Basis: claims.FromHeadline, Verdict: claims.Accurate}, true},
		{claims.Finding{Package: "p", Basis: claims.FromAllocation, Verdict: claims.Accurate}, false},
		{claims.Finding{Package: "p", Basis: claims.FromHeadline, Verdict: claims.NotAssessed}, false},
		{claims.Finding{Package: "q", Basis: claims.FromHeadline, Verdict: claims.Accurate}, false},
	} {
		if got := weighed(claims.Assessment{Findings: []claims.Finding{tc.f}}, "p"); got != tc.want {
			t.Errorf("weighed(%+v, %q) = %v, want %v", tc.f, "p", got, tc.want)
		}
	}
}
