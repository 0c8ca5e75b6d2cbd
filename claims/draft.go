package claims

// A Draft is a Record drafted from the plain text of an article or press
// release by DraftRecord, for a person to correct and then assess: the
// Record itself,
// where in the article each drafted value was read (Fields), and what the
// drafter found but could not place (Notes). Nothing the drafter reads is
// dropped silently: it is either in the Record, with a Field, or in Notes.
//
// The zero Draft is an empty record with no fields and no notes.
type Draft struct {
	Record Record  `json:"record"`
	Fields []Field `json:"fields,omitempty"`
	Notes  []Note  `json:"notes,omitempty"`
}

// A Field is the provenance of one drafted value: its JSON path in the
// record format ("packages[0].headline", "claims[1].assertions[0]"), the
// Span of the article's text it was read from, as byte offsets into the
// article, and how sure the drafter is of it.
type Field struct {
	Path       string     `json:"path"`
	Span       Span       `json:"span"`
	Confidence Confidence `json:"confidence"`
}

// A Note is something the drafter found in an article and could not place
// in the record, or placed with a caveat a person should check: a figure
// whose role its words do not give, a quote with no speaker. Span locates
// its words in the article, as byte offsets; Text says what it is and why,
// in a lower-case sentence.
type Note struct {
	Span Span   `json:"span"`
	Text string `json:"text"`
}

// A Confidence is how sure the drafter is of a drafted value.
//
// The zero Confidence is ConfidenceUnknown.
type Confidence int

// The confidences, from least to most sure.
const (
	// ConfidenceUnknown is the zero Confidence.
	ConfidenceUnknown Confidence = iota
	// Guessed: read from weak evidence, such as a quote given to the last
	// speaker named before it, or a figure's role from a word some way
	// off.
	Guessed
	// Inferred: read from wording that usually means it, such as "she
	// said" after one named woman, or "for the four centres" after a
	// figure.
	Inferred
	// Explicit: the article says it in so many words, such as "said Jane
	// Smith, the council's leader" beside the quote.
	Explicit
)

var confidences = enum{typ: "Confidence", names: []string{
	ConfidenceUnknown: "unknown",
	Guessed:           "guessed",
	Inferred:          "inferred",
	Explicit:          "explicit",
}}

// String returns the confidence's name in lower case: "unknown",
// "guessed", "inferred" or "explicit"; "Confidence(9)" for a value outside
// the list.
func (c Confidence) String() string { return confidences.name(int(c)) }

// ParseConfidence returns the confidence named s, as String writes it, in
// any case; "unknown" gives ConfidenceUnknown. It returns a *ParseError
// matching ErrSyntax if s names no confidence.
func ParseConfidence(s string) (Confidence, error) {
	v, err := confidences.parse("ParseConfidence", s, true)
	return Confidence(v), err
}

// MarshalText returns the confidence's name. It returns an error matching
// ErrRange for a value outside the list.
func (c Confidence) MarshalText() ([]byte, error) { return confidences.marshal(int(c)) }

// UnmarshalText sets c to the confidence named by text, as ParseConfidence
// reads it.
func (c *Confidence) UnmarshalText(text []byte) error {
	v, err := ParseConfidence(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
