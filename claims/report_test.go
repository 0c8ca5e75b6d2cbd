package claims_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
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
