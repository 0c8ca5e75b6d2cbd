package claims

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
)

// corpusDir holds the corpus of issue 12: real articles and press
// releases as plain text, <slug>.txt, each with the record a person drafted
// from it by hand, <slug>.json, and README.md listing their sources and
// licences.
const corpusDir = "testdata/articles"

// A corpusArticle is one article of the corpus: its slug (the files' name
// without extension), its text as the drafter reads it, and the record
// made from it by hand.
type corpusArticle struct {
	slug string
	text string
	want Record
}

// corpusArticles returns every article of the corpus, in slug order,
// failing t for an article whose files are missing or whose record does
// not decode strictly (decodeRecord); a test that drafts the articles and
// scores the drafts (scoreDraft) starts from it.
func corpusArticles(t testing.TB) []corpusArticle {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []corpusArticle
	for _, path := range paths {
		slug := strings.TrimSuffix(filepath.Base(path), ".json")
		text, err := os.ReadFile(filepath.Join(corpusDir, slug+".txt"))
		if err != nil {
			t.Errorf("%s: the article's text: %v", slug, err)
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", slug, err)
			continue
		}
		want, err := decodeRecord(data)
		if err != nil {
			t.Errorf("%s.json: %v", slug, err)
			continue
		}
		out = append(out, corpusArticle{slug: slug, text: string(text), want: want})
	}
	return out
}

// decodeRecord reads data as one Record in the record format, refusing a
// key no field has (a misspelt "headlin" would otherwise drop the
// headline silently) and anything after the record.
func decodeRecord(data []byte) (Record, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r Record
	if err := dec.Decode(&r); err != nil {
		return Record{}, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return Record{}, errors.New("more after the record")
	}
	return r, nil
}

// statesFigure reports whether words, the span of a stated amount, hold
// money that states the same as f, so that a hand-made span cannot point
// at the wrong figure.
func statesFigure(words string, f currency.Figure) bool {
	for _, m := range currency.Find(words) {
		if sameFigure(m.Figure, f) {
			return true
		}
	}
	return false
}

func TestDecodeRecord(t *testing.T) {
	tests := []struct {
		name, json string
		ok         bool
	}{
		{"a record", `{"packages":[{"id":"p","funder":{"name":"GLA"},"headline":"£1m"}],"claims":[{"id":"c","speaker":{"name":"A B"},"quote":"q"}]}`, true},
		{"a misspelt record key", `{"clams":[]}`, false},
		{"a misspelt package key", `{"packages":[{"id":"p","funder":{"name":"GLA"},"headlin":"£1m"}]}`, false},
		{"a misspelt claim key", `{"claims":[{"id":"c","speaker":{"name":"A B"},"quote":"q","stanse":"supports"}]}`, false},
		{"a misspelt speaker key", `{"claims":[{"id":"c","speaker":{"nme":"A B"},"quote":"q"}]}`, false},
		{"a misspelt assertion key", `{"claims":[{"id":"c","speaker":{"name":"A B"},"quote":"q","assertions":[{"kind":"stated-amount","figure":"£1m","rol":"package"}]}]}`, false},
		{"two records", `{} {}`, false},
	}
	for _, tt := range tests {
		_, err := decodeRecord([]byte(tt.json))
		if (err == nil) != tt.ok {
			t.Errorf("%s: decodeRecord(%s) error = %v, want ok %v", tt.name, tt.json, err, tt.ok)
		}
	}
}

// TestCorpusRecords checks the hand-made records against their articles:
// each decodes strictly and is valid, every quote of every claim and every
// package's headline is in the article's text word for word, the span of
// every stated amount holds its figure, the record scores full marks
// against itself, every package cites its source's URL, and a README lists
// every article.
func TestCorpusRecords(t *testing.T) {
	texts, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// The rows may be in README.md or, until they are folded into it, in
	// a README-*.md of another helper's articles.
	readmes, err := filepath.Glob(filepath.Join(corpusDir, "README*.md"))
	if err != nil {
		t.Fatal(err)
	}
	var readme []byte
	for _, path := range readmes {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		readme = append(readme, b...)
	}
	articles := corpusArticles(t)
	if len(articles) == 0 || len(articles) != len(texts) {
		t.Fatalf("%d records for %d articles in %s, want one for each, and some", len(articles), len(texts), corpusDir)
	}
	for _, a := range articles {
		if !utf8.ValidString(a.text) || strings.ContainsRune(a.text, 0) {
			t.Errorf("%s.txt is not plain UTF-8 text", a.slug)
		}
		if err := a.want.Validate(); err != nil {
			t.Errorf("%s.json: Validate() = %v", a.slug, err)
		}
		for _, c := range a.want.Claims {
			if c.Quote == "" || !strings.Contains(a.text, c.Quote) {
				t.Errorf("%s.json: claim %q: quote %q is not in the text", a.slug, c.ID, c.Quote)
			}
			for i, as := range c.Assertions {
				if sa, ok := as.(StatedAmount); ok && !sa.Span.IsZero() && !statesFigure(c.Words(i), sa.Figure) {
					t.Errorf("%s.json: claim %q: assertions[%d]: its words %q do not state %q", a.slug, c.ID, i, c.Words(i), sa.Figure.Text())
				}
			}
		}
		for _, p := range a.want.Packages {
			if h := p.Headline.Text(); h != "" && !strings.Contains(a.text, h) {
				t.Errorf("%s.json: package %q: headline %q is not in the text", a.slug, p.ID, h)
			}
			cited := false
			for _, s := range p.Sources {
				cited = cited || s.URL != ""
			}
			if !cited {
				t.Errorf("%s.json: package %q cites no source URL", a.slug, p.ID)
			}
		}
		// A record scores full marks against itself: the scorer reads every
		// form the corpus uses (words and exact amounts, nested
		// allocations, repeated quotes).
		if s := scoreDraft(a.want, a.want); len(s.misses) > 0 || s.figures.recall() != 1 || s.quotes.recall() != 1 || s.speakers.recall() != 1 {
			t.Errorf("%s.json: scoreDraft(record, record) = %v, misses %q", a.slug, s, s.misses)
		}
		if !bytes.Contains(readme, []byte("| "+a.slug+" |")) {
			t.Errorf("%s/README*.md has no row for %s", corpusDir, a.slug)
		}
	}
}
