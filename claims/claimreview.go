package claims

import (
	"encoding/json"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/funding"
)

// maxClaimReviewed is the most characters a review's claimReviewed has:
// Google asks for fewer than 75, so that the claim fits on one line of a
// phone's search results.
const maxClaimReviewed = 74

// ReviewOptions say who publishes a fact-check, where and when, for
// WriteClaimReviews. Publisher and URL are required.
type ReviewOptions struct {
	// Publisher is the name of the fact-checking organisation, and
	// PublisherURL its home page (optional; if given, an absolute http
	// or https URL).
	Publisher    string
	PublisherURL string
	// URL is the address of the page that publishes the fact-check, an
	// absolute http or https URL. Each review's url is URL with the
	// claim's Anchor as its fragment.
	URL string
	// Published is the date the fact-check is published, every review's
	// datePublished. The zero Date means the day the reviews are made, in
	// UTC: the date of the assessment as it is published.
	Published funding.Date
}

// A claimReview is the schema.org ClaimReview of one claim, as Google's
// fact-check rich results read it; WriteClaimReviews marshals them. The
// types below are its parts, and their fields are in the order, and have
// the names, that the JSON-LD gives them.
type claimReview struct {
	Context       string        `json:"@context"`
	Type          string        `json:"@type"`
	URL           string        `json:"url"`
	ClaimReviewed string        `json:"claimReviewed"`
	DatePublished string        `json:"datePublished"`
	Author        entity        `json:"author"`
	ItemReviewed  reviewedClaim `json:"itemReviewed"`
	ReviewRating  rating        `json:"reviewRating"`
	ReviewBody    string        `json:"reviewBody,omitempty"`
}

// An entity is a schema.org Person or Organization: the author of a claim
// or of a review, or a publisher. Type is "Person" or "Organization".
type entity struct {
	Type        string  `json:"@type"`
	Name        string  `json:"name"`
	URL         string  `json:"url,omitempty"`
	JobTitle    string  `json:"jobTitle,omitempty"`
	Affiliation *entity `json:"affiliation,omitempty"`
}

// A reviewedClaim is the schema.org Claim a review reviews: who made it,
// when, and where it appeared. Type is "Claim".
type reviewedClaim struct {
	Type          string       `json:"@type"`
	Author        entity       `json:"author"`
	DatePublished string       `json:"datePublished,omitempty"`
	Appearance    []appearance `json:"appearance,omitempty"`
}

// An appearance is a schema.org CreativeWork in which a claim appeared: the
// article or press release that reported it, with its url when the source
// has one. Type is "CreativeWork".
type appearance struct {
	Type          string  `json:"@type"`
	URL           string  `json:"url,omitempty"`
	Headline      string  `json:"headline,omitempty"`
	DatePublished string  `json:"datePublished,omitempty"`
	Publisher     *entity `json:"publisher,omitempty"`
}

// A rating is a review's schema.org Rating: the claim's overall verdict as
// a ratingValue on the scale from worstRating (1) to bestRating (5), as
// Verdict.Rating maps it, and its alternateName, Verdict.Label. Type is
// "Rating".
type rating struct {
	Type          string `json:"@type"`
	RatingValue   int    `json:"ratingValue"`
	BestRating    int    `json:"bestRating"`
	WorstRating   int    `json:"worstRating"`
	AlternateName string `json:"alternateName"`
}

// Anchor returns an HTML id for the claim, unique within its record:
// "claim-hall-inquiry" for claim "hall-inquiry". Letters are lower-cased
// and characters other than ASCII letters, digits and hyphens become
// hyphens. The url of the claim's review from WriteClaimReviews has it as
// its fragment.
func (c Claim) Anchor() string {
	return string(appendAnchor([]byte("claim-"), c.ID))
}

// Anchor returns an HTML id for the finding, unique within its assessment:
// "finding-hall-inquiry-2" for the second assertion of claim "hall-inquiry",
// its claim's ID written as Claim.Anchor writes it.
func (f Finding) Anchor() string {
	b := appendAnchor([]byte("finding-"), f.Claim)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(f.Assertion+1), 10)
	return string(b)
}

// appendAnchor appends id to b in lower case, with characters other than
// ASCII letters, digits and hyphens written as hyphens.
func appendAnchor(b []byte, id string) []byte {
	for _, r := range strings.ToLower(id) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			b = append(b, byte(r))
		default:
			b = append(b, '-')
		}
	}
	return b
}

// newClaimReview returns the review of claim c, from its findings fs, or
// false if none of them is rated true or false; date is its
// datePublished. WriteClaimReviews gives the rules.
func newClaimReview(c Claim, fs []Finding, o ReviewOptions, date string) (claimReview, bool) {
	decider := -1
	for i, f := range fs {
		if n := f.Verdict.Rating(); n > 0 && (decider < 0 || n < fs[decider].Verdict.Rating()) {
			decider = i
		}
	}
	if decider < 0 {
		return claimReview{}, false
	}
	v := fs[decider].Verdict
	base := o.URL
	if i := strings.IndexByte(base, '#'); i >= 0 {
		base = base[:i]
	}
	r := claimReview{
		Context:       "https://schema.org",
		Type:          "ClaimReview",
		URL:           base + "#" + c.Anchor(),
		ClaimReviewed: claimReviewed(c, fs[decider]),
		DatePublished: date,
		Author:        entity{Type: "Organization", Name: o.Publisher, URL: o.PublisherURL},
		ItemReviewed: reviewedClaim{
			Type:   "Claim",
			Author: speakerEntity(c.Speaker),
		},
		ReviewRating: rating{
			Type:          "Rating",
			RatingValue:   v.Rating(),
			BestRating:    5,
			WorstRating:   1,
			AlternateName: v.Label(),
		},
		ReviewBody: reviewBody(fs),
	}
	if !c.When.IsZero() {
		r.ItemReviewed.DatePublished = c.When.String()
	}
	if s := c.Source; s != (funding.Source{}) {
		ap := appearance{Type: "CreativeWork", URL: s.URL, Headline: s.Title}
		if !s.Published.IsZero() {
			ap.DatePublished = s.Published.String()
		}
		if s.Publisher != "" {
			ap.Publisher = &entity{Type: "Organization", Name: s.Publisher}
		}
		r.ItemReviewed.Appearance = []appearance{ap}
	}
	return r, true
}

// WriteClaimReviews writes the schema.org ClaimReview of each claim of a
// that has a finding rated true or false, in order, to w as one JSON
// array, indented by two spaces and ending in a newline: valid JSON-LD,
// as Google's fact-check rich results read it, that a page can embed in a
// <script type="application/ld+json"> element. A claim gets one review,
// however many findings it has:
//   - reviewRating is the claim's overall verdict: of the findings rated
//     true or false, the one Verdict.Rating puts lowest (the first, where
//     several tie), as its ratingValue (worstRating 1, bestRating 5) with
//     Verdict.Label as alternateName, so that a claim with one
//     understated figure is rated understated however accurate its other
//     figures are;
//   - reviewBody covers each finding in order, a paragraph each with its
//     verdict and explanation: "Understated: “£2m” understates …";
//   - claimReviewed is the claim's Summary, or else the words of the quote
//     around the span of the finding that decides the rating, shortened
//     at word boundaries with an ellipsis to fewer than 75 characters;
//   - itemReviewed is a Claim whose author is the speaker (a Person with
//     their role as jobTitle and their organisation or party as
//     affiliation, or an Organization), dated the claim's When, that
//     appeared in the claim's Source, with its url if the source has one;
//   - datePublished is o's Published, or today's date in UTC if that is
//     the zero Date; url is o's URL with the claim's Anchor; author is the
//     publisher, an Organization.
//
// Fact-check markup is for checks that assess whether a statement is
// accurate. An opinion (a judgement such as "too little, too late") is
// not rated true or false, so an Opinion finding never decides a rating:
// reviewBody gives it as "Opinion, not rated: …", and a claim whose
// findings are all Opinion or unassessed has no review.
//
// WriteClaimReviews returns a *ParseError matching ErrMissing if o has no
// Publisher or URL, and matching ErrSyntax if o's URL, or its
// PublisherURL if it has one, is not an absolute http or https URL, having
// written nothing; otherwise the error of its one Write.
func WriteClaimReviews(w io.Writer, a Assessment, o ReviewOptions) error {
	if err := o.validate(); err != nil {
		return err
	}
	date := published(o)
	rs := make([]claimReview, 0, len(a.Claims))
	forClaims(a, func(c Claim, fs []Finding) {
		if r, ok := newClaimReview(c, fs, o, date); ok {
			rs = append(rs, r)
		}
	})
	b, err := json.MarshalIndent(rs, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// published returns the datePublished o gives: its Published, or today in
// UTC.
func published(o ReviewOptions) string {
	if !o.Published.IsZero() {
		return o.Published.String()
	}
	return time.Now().UTC().Format(time.DateOnly)
}

// reviewBody returns a paragraph per finding: its verdict and its
// explanation, which names what it is about.
func reviewBody(fs []Finding) string {
	var p prose
	for i, f := range fs {
		if i > 0 {
			p.s("\n\n")
		}
		switch {
		case f.Verdict == Opinion:
			p.s("Opinion, not rated")
		case f.Verdict.Rating() == 0:
			p.s("Not assessed")
		default:
			p.s(f.Verdict.Label())
		}
		p.s(": ").s(f.Explanation)
	}
	return p.String()
}

// validate checks o's required fields.
func (o ReviewOptions) validate() error {
	if strings.TrimSpace(o.Publisher) == "" {
		return &ParseError{Func: "WriteClaimReviews", Input: o.Publisher, Err: detail(ErrMissing, "want a publisher")}
	}
	if o.URL == "" {
		return &ParseError{Func: "WriteClaimReviews", Input: o.URL, Err: detail(ErrMissing, "want the URL of the fact-check")}
	}
	for _, addr := range []string{o.URL, o.PublisherURL} {
		if addr == "" {
			continue // the publisher's home page is optional
		}
		u, err := url.Parse(addr)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return &ParseError{Func: "WriteClaimReviews", Input: shorten(addr), Err: detail(ErrSyntax, "want an absolute http or https URL")}
		}
	}
	return nil
}

// speakerEntity returns the speaker as a schema.org Person, or as an
// Organization if they have no name.
func speakerEntity(s funding.Person) entity {
	if s.Name == "" {
		return entity{Type: "Organization", Name: s.Org}
	}
	e := entity{Type: "Person", Name: s.Name, JobTitle: s.Role}
	switch {
	case s.Org != "":
		e.Affiliation = &entity{Type: "Organization", Name: s.Org}
	case s.Party != "":
		e.Affiliation = &entity{Type: "Organization", Name: s.Party}
	}
	return e
}

// claimReviewed returns the short statement of the claim a review reviews:
// the claim's Summary, or else the words of the quote around the
// assertion's span, or the start of the quote.
func claimReviewed(c Claim, f Finding) string {
	sp := Span{}
	if f.Assertion >= 0 && f.Assertion < len(c.Assertions) && c.Assertions[f.Assertion] != nil {
		sp = c.Assertions[f.Assertion].Where()
	}
	if !sp.Valid(c.Quote) {
		sp = Span{}
	}
	if s := strings.TrimSpace(c.Summary); s != "" {
		return strings.Join(strings.Fields(clip(s, 0, len(s))), " ")
	}
	return strings.Join(strings.Fields(clip(c.Quote, sp.Start, sp.End)), " ")
}

// clip returns at most maxClaimReviewed characters of s that include
// s[start:end] as far as they fit, widened to whole words, with an
// ellipsis on each side that was cut.
func clip(s string, start, end int) string {
	if utf8.RuneCountInString(s) <= maxClaimReviewed {
		return s
	}
	budget := maxClaimReviewed - 2 // room for two ellipses
	lo, hi := start, end
	if utf8.RuneCountInString(s[lo:hi]) > budget {
		hi = lo
	}
	// Grow the window a character at a time, alternately after and
	// before, while it fits.
	for {
		grew := false
		if hi < len(s) {
			_, size := utf8.DecodeRuneInString(s[hi:])
			if utf8.RuneCountInString(s[lo:hi+size]) <= budget {
				hi += size
				grew = true
			}
		}
		if lo > 0 {
			_, size := utf8.DecodeLastRuneInString(s[:lo])
			if utf8.RuneCountInString(s[lo-size:hi]) <= budget {
				lo -= size
				grew = true
			}
		}
		if !grew {
			break
		}
	}
	// Cut back to whole words.
	if lo > 0 {
		if i := strings.IndexByte(s[lo:hi], ' '); i >= 0 && lo+i < start {
			lo += i + 1
		}
	}
	if hi < len(s) {
		if i := strings.LastIndexByte(s[lo:hi], ' '); i >= 0 && lo+i >= end {
			hi = lo + i
		}
	}
	out := strings.TrimSpace(s[lo:hi])
	if lo > 0 {
		out = "…" + out
	}
	if hi < len(s) {
		out += "…"
	}
	return out
}
