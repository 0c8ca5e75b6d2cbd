package claims_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/funding"
)

func TestClaimReviews(t *testing.T) {
	for name, r := range map[string]claims.Record{"london2025": london2025(), "mopac2016": mopac2016()} {
		a, err := claims.Assess(r, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		rs, err := a.ClaimReviews(reviewOptions)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != len(a.Findings) {
			t.Fatalf("%s: %d reviews for %d findings", name, len(rs), len(a.Findings))
		}
		urls := map[string]bool{}
		for i, cr := range rs {
			f := a.Findings[i]
			if n := utf8.RuneCountInString(cr.ClaimReviewed); n == 0 || n >= 75 {
				t.Errorf("%s: claimReviewed %q has %d characters, want 1 to 74", name, cr.ClaimReviewed, n)
			}
			if cr.Context != "https://schema.org" || cr.Type != "ClaimReview" || cr.ItemReviewed.Type != "Claim" ||
				cr.ReviewRating.Type != "Rating" || cr.Author.Type != "Organization" || cr.Author.Name != "Example Fact Check" {
				t.Errorf("%s: review %d has the wrong types or author: %+v", name, i, cr)
			}
			if urls[cr.URL] || !strings.HasPrefix(cr.URL, reviewOptions.URL+"#finding-") {
				t.Errorf("%s: review url %q is repeated or not on the page", name, cr.URL)
			}
			urls[cr.URL] = true
			if cr.ItemReviewed.Author.Name == "" {
				t.Errorf("%s: review %d has no claim author", name, i)
			}
			if got, want := cr.ReviewRating.RatingValue, f.Verdict.Rating(); got != want {
				t.Errorf("%s: ratingValue = %d for %v, want %d", name, got, f.Verdict, want)
			}
			if cr.ReviewRating.BestRating != 5 || cr.ReviewRating.WorstRating != 1 || cr.ReviewRating.AlternateName != f.Verdict.Label() {
				t.Errorf("%s: rating %+v", name, cr.ReviewRating)
			}
			if len(cr.ItemReviewed.Appearance) != 1 || cr.ItemReviewed.Appearance[0].Headline == "" {
				t.Errorf("%s: appearance %+v", name, cr.ItemReviewed.Appearance)
			}
		}
	}
}

func TestClaimReviewJSON(t *testing.T) {
	a, err := claims.Assess(mopac2016(), claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := claims.WriteClaimReviews(&buf, a, reviewOptions); err != nil {
		t.Fatal(err)
	}
	var doc []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("WriteClaimReviews wrote invalid JSON: %v", err)
	}
	first := doc[0]
	for _, key := range []string{"@context", "@type", "url", "claimReviewed", "datePublished", "author", "itemReviewed", "reviewRating"} {
		if _, ok := first[key]; !ok {
			t.Errorf("ClaimReview lacks %q", key)
		}
	}
	item := first["itemReviewed"].(map[string]any)
	if item["datePublished"] != "2016-11-28" {
		t.Errorf("itemReviewed.datePublished = %v", item["datePublished"])
	}
	rating := first["reviewRating"].(map[string]any)
	if rating["ratingValue"] != json.Number("1") && rating["ratingValue"] != 1.0 {
		t.Errorf("ratingValue = %v, want 1 (not supported)", rating["ratingValue"])
	}
}

func TestClaimReviewOpinionHasNoRatingValue(t *testing.T) {
	a, err := claims.Assess(london2025(), claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := a.Claim("waxman-2025")
	r, err := claims.NewClaimReview(c, a.For("waxman-2025")[0], reviewOptions)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(r.ReviewRating)
	if strings.Contains(string(b), "ratingValue") || !strings.Contains(string(b), `"alternateName":"Opinion: no true or false verdict"`) {
		t.Errorf("opinion rating = %s", b)
	}
	if r.ItemReviewed.Author.Affiliation != nil || r.ItemReviewed.Author.JobTitle == "" {
		t.Errorf("author = %+v", r.ItemReviewed.Author)
	}
}

func TestClaimReviewErrors(t *testing.T) {
	a, err := claims.Assess(london2025(), claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, f := a.Claims[0], a.Findings[0]
	tests := []struct {
		o      claims.ReviewOptions
		target error
	}{
		{claims.ReviewOptions{URL: "https://x.example/"}, claims.ErrMissing},
		{claims.ReviewOptions{Publisher: "P"}, claims.ErrMissing},
		{claims.ReviewOptions{Publisher: "P", URL: "/relative"}, claims.ErrSyntax},
		{claims.ReviewOptions{Publisher: "P", URL: "ftp://x.example/"}, claims.ErrSyntax},
	}
	for _, tt := range tests {
		if _, err := claims.NewClaimReview(c, f, tt.o); !errors.Is(err, tt.target) {
			t.Errorf("NewClaimReview(%+v) = %v, want %v", tt.o, err, tt.target)
		}
		var buf bytes.Buffer
		if err := claims.WriteClaimReviews(&buf, a, tt.o); err == nil || buf.Len() != 0 {
			t.Errorf("WriteClaimReviews(%+v) = %v and wrote %d bytes", tt.o, err, buf.Len())
		}
	}
	if _, err := claims.NewClaimReview(a.Claims[1], f, reviewOptions); !errors.Is(err, claims.ErrMissing) {
		t.Errorf("NewClaimReview with the finding of another claim = %v", err)
	}
}

func TestClaimReviewedClipping(t *testing.T) {
	long := strings.Repeat("word ", 30) + "the mayor coughing up £2m " + strings.Repeat("more ", 30)
	i := strings.Index(long, "£2m")
	c := claims.Claim{ID: "c", Speaker: claims.Speaker{Org: "Org"}, Quote: long,
		Assertions: claims.Assertions{claims.StatedAmount{Span: claims.Span{Start: i, End: i + len("£2m")}}}}
	r, err := claims.NewClaimReview(c, claims.Finding{Claim: "c"}, reviewOptions)
	if err != nil {
		t.Fatal(err)
	}
	got := r.ClaimReviewed
	if n := utf8.RuneCountInString(got); n >= 75 || !strings.Contains(got, "coughing up £2m") ||
		!strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
		t.Errorf("claimReviewed = %q (%d characters)", got, n)
	}
	if r.ItemReviewed.Author.Type != "Organization" || r.ItemReviewed.Author.Name != "Org" {
		t.Errorf("author = %+v", r.ItemReviewed.Author)
	}
	c.Summary = strings.Repeat("x", 100)
	r, _ = claims.NewClaimReview(c, claims.Finding{Claim: "c"}, reviewOptions)
	if n := utf8.RuneCountInString(r.ClaimReviewed); n >= 75 {
		t.Errorf("a long summary gave claimReviewed of %d characters", n)
	}
	c.Summary, c.Quote = "", "short"
	c.When = funding.MustDate(2025, 1, 2)
	r, _ = claims.NewClaimReview(c, claims.Finding{Claim: "c"}, reviewOptions)
	if r.ClaimReviewed != "short" || r.ItemReviewed.DatePublished != "2025-01-02" {
		t.Errorf("review = %+v", r)
	}
}

func TestFindingAnchor(t *testing.T) {
	for _, tt := range []struct {
		f    claims.Finding
		want string
	}{
		{claims.Finding{Claim: "hall-inquiry", Assertion: 1}, "finding-hall-inquiry-2"},
		{claims.Finding{Claim: "Hall Inquiry/£", Assertion: 0}, "finding-hall-inquiry---1"},
	} {
		if got := tt.f.Anchor(); got != tt.want {
			t.Errorf("Anchor() = %q, want %q", got, tt.want)
		}
	}
}
