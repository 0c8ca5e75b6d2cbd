package claims_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// A review is one ClaimReview as WriteClaimReviews writes it, read back:
// the JSON-LD is what a page embeds and a search engine reads, so the tests
// check it rather than the types that make it.
type review struct {
	Context       string `json:"@context"`
	Type          string `json:"@type"`
	URL           string `json:"url"`
	ClaimReviewed string `json:"claimReviewed"`
	DatePublished string `json:"datePublished"`
	Author        author `json:"author"`
	ItemReviewed  struct {
		Type          string       `json:"@type"`
		Author        author       `json:"author"`
		DatePublished string       `json:"datePublished"`
		Appearance    []appearance `json:"appearance"`
	} `json:"itemReviewed"`
	ReviewRating struct {
		Type          string `json:"@type"`
		RatingValue   int    `json:"ratingValue"`
		BestRating    int    `json:"bestRating"`
		WorstRating   int    `json:"worstRating"`
		AlternateName string `json:"alternateName"`
	} `json:"reviewRating"`
	ReviewBody string `json:"reviewBody"`
}

// An appearance is a schema.org CreativeWork in which a reviewed claim
// appeared.
type appearance struct {
	Type          string  `json:"@type"`
	URL           string  `json:"url"`
	Headline      string  `json:"headline"`
	DatePublished string  `json:"datePublished"`
	Publisher     *author `json:"publisher"`
}

// An author is a schema.org Person or Organization in a review.
type author struct {
	Type        string  `json:"@type"`
	Name        string  `json:"name"`
	URL         string  `json:"url"`
	JobTitle    string  `json:"jobTitle"`
	Affiliation *author `json:"affiliation"`
}

// reviewsOf returns the reviews WriteClaimReviews writes for a, read back
// strictly: a field the tests do not know is a failure.
func reviewsOf(t *testing.T, a claims.Assessment, o claims.ReviewOptions) []review {
	t.Helper()
	var buf bytes.Buffer
	if err := claims.WriteClaimReviews(&buf, a, o); err != nil {
		t.Fatal(err)
	}
	d := json.NewDecoder(&buf)
	d.DisallowUnknownFields()
	var rs []review
	if err := d.Decode(&rs); err != nil {
		t.Fatalf("WriteClaimReviews wrote %s: %v", buf.Bytes(), err)
	}
	return rs
}

// reviewOf returns the review of claim c with findings fs, or false if it
// has none.
func reviewOf(t *testing.T, c claims.Claim, fs []claims.Finding, o claims.ReviewOptions) (review, bool) {
	t.Helper()
	rs := reviewsOf(t, claims.Assessment{Claims: []claims.Claim{c}, Findings: fs}, o)
	if len(rs) == 0 {
		return review{}, false
	}
	return rs[0], true
}

// TestClaimReviews checks that each claim with a finding rated true or
// false gets one review, rated by its lowest-rated finding, with a
// reviewBody covering every finding; and that claims of opinion alone get
// none.
func TestClaimReviews(t *testing.T) {
	type want struct {
		claim  string
		rating int
		name   string
	}
	stories := []struct {
		name   string
		record claims.Record
		want   []want
	}{
		{"london2025", london2025(), []want{
			{"mayor-2025", 5, "Accurate"},
			// Not like for like (3), understated (2) and an opinion:
			// the understated figure decides.
			{"hall-inquiry", 2, "Understated"},
			{"met-9000", 5, "Accurate"},
			{"rowley-in-scope", 5, "Accurate"},
			{"kelland-threefold", 1, "Not supported by the record"},
		}},
		{"mopac2016", mopac2016(), []want{
			{"mopac-2016-release", 1, "Not supported by the record"},
			{"mopac-2016-headline", 1, "Not supported by the record"},
		}},
	}
	for _, st := range stories {
		a, err := claims.Assess(st.record, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		rs := reviewsOf(t, a, reviewOptions)
		if len(rs) != len(st.want) {
			t.Fatalf("%s: %d reviews, want %d", st.name, len(rs), len(st.want))
		}
		for i, cr := range rs {
			w := st.want[i]
			c, _ := a.Claim(w.claim)
			if got, want := cr.URL, reviewOptions.URL+"#claim-"+w.claim; got != want {
				t.Errorf("%s: review %d url = %q, want %q", st.name, i, got, want)
			}
			if cr.ReviewRating.RatingValue != w.rating || cr.ReviewRating.AlternateName != w.name {
				t.Errorf("%s: %s rated %d %q, want %d %q", st.name, w.claim, cr.ReviewRating.RatingValue, cr.ReviewRating.AlternateName, w.rating, w.name)
			}
			if n := utf8.RuneCountInString(cr.ClaimReviewed); n == 0 || n >= 75 {
				t.Errorf("%s: claimReviewed %q has %d characters, want 1 to 74", st.name, cr.ClaimReviewed, n)
			}
			if cr.Context != "https://schema.org" || cr.Type != "ClaimReview" || cr.ItemReviewed.Type != "Claim" ||
				cr.ReviewRating.Type != "Rating" || cr.Author.Type != "Organization" || cr.Author.Name != "Example Fact Check" {
				t.Errorf("%s: review %d has the wrong types or author: %+v", st.name, i, cr)
			}
			if cr.DatePublished != "2025-07-21" {
				t.Errorf("%s: datePublished = %q, want the option's 2025-07-21", st.name, cr.DatePublished)
			}
			if cr.ItemReviewed.Author.Name != c.Speaker.Who() {
				t.Errorf("%s: review %d claim author = %q, want %q", st.name, i, cr.ItemReviewed.Author.Name, c.Speaker.Who())
			}
			if cr.ReviewRating.BestRating != 5 || cr.ReviewRating.WorstRating != 1 {
				t.Errorf("%s: rating %+v", st.name, cr.ReviewRating)
			}
			if len(cr.ItemReviewed.Appearance) != 1 || cr.ItemReviewed.Appearance[0].Headline == "" {
				t.Errorf("%s: appearance %+v", st.name, cr.ItemReviewed.Appearance)
			}
			fs := a.For(w.claim)
			if got := len(strings.Split(cr.ReviewBody, "\n\n")); got != len(fs) {
				t.Errorf("%s: %s reviewBody covers %d findings, want %d:\n%s", st.name, w.claim, got, len(fs), cr.ReviewBody)
			}
			for _, f := range fs {
				if !strings.Contains(cr.ReviewBody, f.Explanation) {
					t.Errorf("%s: %s reviewBody lacks the explanation %q", st.name, w.claim, f.Explanation)
				}
			}
		}
	}
}

// TestClaimReviewBody checks the reviewBody of a claim with an opinion
// among its findings.
func TestClaimReviewBody(t *testing.T) {
	a, err := claims.Assess(london2025(), claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := a.Claim("hall-inquiry")
	fs := a.For("hall-inquiry")
	r, ok := reviewOf(t, c, fs, reviewOptions)
	if !ok {
		t.Fatal("hall-inquiry has no review")
	}
	paras := strings.Split(r.ReviewBody, "\n\n")
	want := []string{
		"Not like for like: ",
		"Understated: ",
		"Opinion, not rated: ",
	}
	if len(paras) != len(want) {
		t.Fatalf("reviewBody has %d paragraphs, want %d:\n%s", len(paras), len(want), r.ReviewBody)
	}
	for i, w := range want {
		if paras[i] != w+fs[i].Explanation {
			t.Errorf("reviewBody paragraph %d = %q, want %q and the explanation", i, paras[i], w)
		}
	}
}

// TestClaimReviewOpinion checks that a claim of opinion alone has no
// review: fact-check markup rates accuracy, and opinion has none.
func TestClaimReviewOpinion(t *testing.T) {
	a, err := claims.Assess(london2025(), claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"waxman-2025", "hall-too-little"} {
		c, _ := a.Claim(id)
		if r, ok := reviewOf(t, c, a.For(id), reviewOptions); ok {
			t.Errorf("%s, opinions only, has a review rated %d", id, r.ReviewRating.RatingValue)
		}
	}
	for _, r := range reviewsOf(t, a, reviewOptions) {
		if strings.Contains(r.URL, "waxman") || strings.Contains(r.URL, "too-little") || r.ReviewRating.RatingValue == 0 {
			t.Errorf("WriteClaimReviews gave a review of opinion: %s rated %d", r.URL, r.ReviewRating.RatingValue)
		}
	}
}

// TestClaimReviewDefaults checks datePublished when the options leave it
// out, and the claim's appearance url.
func TestClaimReviewDefaults(t *testing.T) {
	c := claims.Claim{ID: "c", Speaker: funding.Person{Name: "A Speaker"}, Quote: "£2m",
		Source: funding.Source{Title: "A story", URL: "https://news.example/story", Publisher: "News", Published: funding.MustDate(2025, 7, 20)}}
	fs := []claims.Finding{{Claim: "c", Verdict: claims.Accurate, Explanation: "Right."}}
	o := reviewOptions
	o.Published = funding.Date{}
	before := time.Now().UTC().Format(time.DateOnly)
	r, _ := reviewOf(t, c, fs, o)
	after := time.Now().UTC().Format(time.DateOnly)
	if r.DatePublished != before && r.DatePublished != after {
		t.Errorf("datePublished = %q, want today, %s", r.DatePublished, after)
	}
	want := []appearance{{Type: "CreativeWork", URL: "https://news.example/story", Headline: "A story",
		DatePublished: "2025-07-20", Publisher: &author{Type: "Organization", Name: "News"}}}
	if diff := cmp.Diff(want, r.ItemReviewed.Appearance); diff != "" {
		t.Errorf("appearance (-want +got):\n%s", diff)
	}
	if r.ReviewBody != "Accurate: Right." {
		t.Errorf("reviewBody = %q", r.ReviewBody)
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
	for _, key := range []string{"@context", "@type", "url", "claimReviewed", "datePublished", "author", "itemReviewed", "reviewRating", "reviewBody"} {
		if _, ok := first[key]; !ok {
			t.Errorf("ClaimReview lacks %q", key)
		}
	}
	item := first["itemReviewed"].(map[string]any)
	if item["datePublished"] != "2016-11-28" {
		t.Errorf("itemReviewed.datePublished = %v", item["datePublished"])
	}
	rating := first["reviewRating"].(map[string]any)
	if rating["ratingValue"] != 1.0 {
		t.Errorf("ratingValue = %v, want 1 (not supported)", rating["ratingValue"])
	}
}

func TestClaimReviewErrors(t *testing.T) {
	a, err := claims.Assess(london2025(), claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		o      claims.ReviewOptions
		target error
	}{
		{claims.ReviewOptions{URL: "https://x.example/"}, claims.ErrMissing},
		{claims.ReviewOptions{Publisher: "P"}, claims.ErrMissing},
		{claims.ReviewOptions{Publisher: "P", URL: "/relative"}, claims.ErrSyntax},
		{claims.ReviewOptions{Publisher: "P", URL: "ftp://x.example/"}, claims.ErrSyntax},
		// The publisher's home page is optional, but one given must be
		// an address, not a word that would be published as one.
		{claims.ReviewOptions{Publisher: "P", PublisherURL: "nope", URL: "https://x.example/"}, claims.ErrSyntax},
		{claims.ReviewOptions{Publisher: "P", PublisherURL: "mailto:p@x.example", URL: "https://x.example/"}, claims.ErrSyntax},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		var pe *claims.ParseError
		if err := claims.WriteClaimReviews(&buf, a, tt.o); !errors.Is(err, tt.target) || !errors.As(err, &pe) || pe.Func != "WriteClaimReviews" || buf.Len() != 0 {
			t.Errorf("WriteClaimReviews(%+v) = %v and wrote %d bytes, want a *ParseError from WriteClaimReviews matching %v", tt.o, err, buf.Len(), tt.target)
		}
	}
	// A claim with no findings has nothing to rate, and no review.
	if rs := reviewsOf(t, claims.Assessment{Claims: a.Claims[:1]}, reviewOptions); len(rs) != 0 {
		t.Errorf("a claim with no findings has reviews %+v", rs)
	}
}

func TestClaimReviewedClipping(t *testing.T) {
	long := strings.Repeat("word ", 30) + "the mayor coughing up £2m " + strings.Repeat("more ", 30)
	i := strings.Index(long, "£2m")
	c := claims.Claim{ID: "c", Speaker: funding.Person{Org: "Org"}, Quote: long,
		Assertions: claims.Assertions{claims.StatedAmount{Span: claims.Span{Start: i, End: i + len("£2m")}}}}
	rated := []claims.Finding{{Claim: "c", Verdict: claims.Understated}}
	r, _ := reviewOf(t, c, rated, reviewOptions)
	got := r.ClaimReviewed
	if n := utf8.RuneCountInString(got); n >= 75 || !strings.Contains(got, "coughing up £2m") ||
		!strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
		t.Errorf("claimReviewed = %q (%d characters)", got, n)
	}
	if r.ItemReviewed.Author.Type != "Organization" || r.ItemReviewed.Author.Name != "Org" {
		t.Errorf("author = %+v", r.ItemReviewed.Author)
	}
	c.Summary = strings.Repeat("x", 100)
	r, _ = reviewOf(t, c, rated, reviewOptions)
	if n := utf8.RuneCountInString(r.ClaimReviewed); n >= 75 {
		t.Errorf("a long summary gave claimReviewed of %d characters", n)
	}
	c.Summary, c.Quote = "", "short"
	c.When = funding.MustDate(2025, 1, 2)
	r, _ = reviewOf(t, c, rated, reviewOptions)
	if r.ClaimReviewed != "short" || r.ItemReviewed.DatePublished != "2025-01-02" {
		t.Errorf("review = %+v", r)
	}
}

func TestClaimAnchor(t *testing.T) {
	for _, tt := range []struct {
		id, want string
	}{
		{"hall-inquiry", "claim-hall-inquiry"},
		{"Hall Inquiry/£", "claim-hall-inquiry--"},
	} {
		if got := (claims.Claim{ID: tt.id}).Anchor(); got != tt.want {
			t.Errorf("Claim{ID: %q}.Anchor() = %q, want %q", tt.id, got, tt.want)
		}
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
