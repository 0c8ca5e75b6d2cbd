package claims_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// corpus2 are the articles 7 onwards of the drafting corpus, whose
// expected records were written by hand from their text.
var corpus2 = []string{
	"scotgov-2022-biodiversity-2-9m",
	"welshgov-2017-mudiad-meithrin-3-031m",
	"govuk-2020-nhs-winter-300m-117-trusts",
	"pharmatimes-2023-nhs-winter-200m",
	"expressandstar-2024-swinney-islands-5m",
	"constructionindex-2020-scotgov-230m-78m",
	"herald-2021-forbes-375m-not-new",
	"welshgov-2024-157m-first-minister-priorities",
	"pharmatimes-2013-ae-winter-500m",
	"herald-2020-scotgov-covid-4bn-broad-shoulders",
	"skynews-2019-nhs-1-8bn-drop-in-the-ocean",
	"clinicalservicesjournal-2017-budget-nhs-350m-1-6bn",
	"publicsectorexecutive-2021-councils-51-3bn",
	"scotgov-2021-childminders-750",
	"bbc-2019-plaid-labour-100bn-scotland-60bn-wales",
	"building-2010-labour-9-5bn-capital",
	"healthcareleader-2017-stp-capital-325m",
}

// TestCorpus2Records checks that each hand-made expected record reads
// strictly as a Record, is valid, cites its article's URL, and quotes only
// words its article holds, each assertion locating words of its quote (a
// stated amount its figure's words), so that a slip in typing a record
// cannot pass for a drafter's mistake.
func TestCorpus2Records(t *testing.T) {
	for _, slug := range corpus2 {
		t.Run(slug, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", "articles", slug+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(filepath.Join("testdata", "articles", slug+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var r claims.Record
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&r); err != nil {
				t.Fatalf("decode: %v", err)
			}
			if err := r.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if len(r.Packages) == 0 || len(r.Packages[0].Sources) == 0 || r.Packages[0].Sources[0].URL == "" {
				t.Errorf("the first package cites no source URL")
			}
			for _, c := range r.Claims {
				if !strings.Contains(string(text), c.Quote) {
					t.Errorf("claim %s: quote %q is not in the article", c.ID, c.Quote)
				}
				for i, a := range c.Assertions {
					words := c.Words(i)
					if words == "" {
						t.Errorf("claim %s: assertions[%d] locates no words", c.ID, i)
					}
					if s, ok := a.(claims.StatedAmount); ok && words != s.Figure.Text() {
						t.Errorf("claim %s: assertions[%d] locates %q, want %q", c.ID, i, words, s.Figure.Text())
					}
				}
			}
		})
	}
}
