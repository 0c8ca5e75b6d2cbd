package claims

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// An Assertion is one thing a claim asserts: a StatedAmount, an
// Insufficiency, a Lateness, a Counterproposal, a CountClaim, a RatioClaim
// or an Endorsement. Those seven types are the only ones: the interface is
// sealed, so a type switch over them is complete, and Assess knows how to
// weigh every assertion it can be given.
//
// Each assertion refers to the record by identifiers (a package, an
// allocation, a measure, a claim, events) and says where its words are in
// the claim's quote with a Span. An empty package identifier means the
// claim's About.
type Assertion interface {
	// Kind returns which of the seven kinds the assertion is.
	Kind() AssertionKind
	// Where returns the span of the claim's quote holding the assertion's
	// words; the zero Span if it was not located.
	Where() Span

	assertion()
}

// Assertions is the list of a claim's assertions. It exists for its JSON
// form: an array of objects, each with a "kind" naming its type (see
// AssertionKind) and the fields of that type, so that a list of interface
// values round-trips exactly.
type Assertions []Assertion

// MarshalJSON returns as an array of objects, each with its "kind" first.
// It returns an error for a nil element.
func (as Assertions) MarshalJSON() ([]byte, error) {
	if as == nil {
		return []byte("null"), nil
	}
	buf := []byte{'['}
	for i, a := range as {
		if i > 0 {
			buf = append(buf, ',')
		}
		b, err := marshalAssertion(a)
		if err != nil {
			return nil, detail(err, "assertions["+strconv.Itoa(i)+"]")
		}
		buf = append(buf, b...)
	}
	return append(buf, ']'), nil
}

// UnmarshalJSON sets as from an array of objects as MarshalJSON writes them.
// It returns an error naming the element for an object with no "kind" or
// an unknown one.
func (as *Assertions) UnmarshalJSON(data []byte) error {
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		*as = nil
		return nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return err
	}
	out := make(Assertions, 0, len(raws))
	for i, raw := range raws {
		a, err := unmarshalAssertion(raw)
		if err != nil {
			return &ParseError{Func: "Assertions.UnmarshalJSON", Input: shorten(string(raw)), Err: detail(err, "assertions["+strconv.Itoa(i)+"]")}
		}
		out = append(out, a)
	}
	*as = out
	return nil
}

// marshalAssertion returns a as a JSON object with its kind first.
func marshalAssertion(a Assertion) ([]byte, error) {
	if a == nil {
		return nil, ErrMissing
	}
	var body []byte
	var err error
	switch v := a.(type) {
	case StatedAmount:
		type plain StatedAmount
		body, err = json.Marshal(plain(v))
	case Insufficiency:
		type plain Insufficiency
		body, err = json.Marshal(plain(v))
	case Lateness:
		type plain Lateness
		body, err = json.Marshal(plain(v))
	case Counterproposal:
		type plain Counterproposal
		body, err = json.Marshal(plain(v))
	case CountClaim:
		type plain CountClaim
		body, err = json.Marshal(plain(v))
	case RatioClaim:
		type plain RatioClaim
		body, err = json.Marshal(plain(v))
	case Endorsement:
		type plain Endorsement
		body, err = json.Marshal(plain(v))
	}
	if err != nil {
		return nil, err
	}
	out := append([]byte(`{"kind":"`), a.Kind().String()...)
	out = append(out, '"')
	if len(body) > 2 { // not "{}"
		out = append(out, ',')
		out = append(out, body[1:]...)
	} else {
		out = append(out, '}')
	}
	return out, nil
}

// unmarshalAssertion reads one assertion object, choosing its type by its
// "kind".
func unmarshalAssertion(raw []byte) (Assertion, error) {
	var head struct {
		Kind *AssertionKind `json:"kind"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, err
	}
	if head.Kind == nil {
		return nil, detail(ErrMissing, `want a "kind"`)
	}
	switch *head.Kind {
	case KindStatedAmount:
		type plain StatedAmount
		var v plain
		err := json.Unmarshal(raw, &v)
		return StatedAmount(v), err
	case KindInsufficiency:
		type plain Insufficiency
		var v plain
		err := json.Unmarshal(raw, &v)
		return Insufficiency(v), err
	case KindLateness:
		type plain Lateness
		var v plain
		err := json.Unmarshal(raw, &v)
		return Lateness(v), err
	case KindCounterproposal:
		type plain Counterproposal
		var v plain
		err := json.Unmarshal(raw, &v)
		return Counterproposal(v), err
	case KindCount:
		type plain CountClaim
		var v plain
		err := json.Unmarshal(raw, &v)
		return CountClaim(v), err
	case KindRatio:
		type plain RatioClaim
		var v plain
		err := json.Unmarshal(raw, &v)
		return RatioClaim(v), err
	case KindEndorsement:
		type plain Endorsement
		var v plain
		err := json.Unmarshal(raw, &v)
		return Endorsement(v), err
	}
	return nil, detail(ErrSyntax, "unknown kind")
}
