package claims

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
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
// For each element it cannot read it returns a *ParseError quoting the
// element and naming it by its path ("assertions[1]"): for an object with
// no "kind" or an unknown one, a value its field's type refuses, and, with
// an *UnknownFieldError inside, a key that the object's kind has no field
// for, so that a misspelt key is not silently dropped. It reads on past an
// element it cannot read, so that one call reports every one, joined with
// errors.Join when there are several, in order; as is set only if there is
// no error.
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
	var errs []error
	for i, raw := range raws {
		path := "assertions[" + strconv.Itoa(i) + "]"
		a, err := unmarshalAssertion(raw, path)
		if err != nil {
			pe := &ParseError{Func: "Assertions.UnmarshalJSON", Input: shorten(string(raw)), Err: err}
			if uf, ok := err.(*UnknownFieldError); ok {
				pe.Offset = uf.offset
			} else {
				pe.Err = detail(err, path)
			}
			errs = append(errs, pe)
			continue
		}
		out = append(out, a)
	}
	switch len(errs) {
	case 0:
		*as = out
		return nil
	case 1:
		return errs[0]
	}
	return errors.Join(errs...)
}

// marshalAssertion returns a as a JSON object with its kind first.
func marshalAssertion(a Assertion) ([]byte, error) {
	if a == nil {
		return nil, ErrMissing
	}
	// The assertion types have no JSON methods of their own, so this writes
	// their fields; the kind goes in front.
	body, err := json.Marshal(a)
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

// unmarshalAssertion reads one assertion object, the one at path, choosing
// its type by its "kind".
func unmarshalAssertion(raw []byte, path string) (Assertion, error) {
	var head struct {
		Kind *AssertionKind `json:"kind"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, err
	}
	if head.Kind == nil {
		return nil, detail(ErrMissing, `want a "kind"`)
	}
	if err := checkKeys(raw, path, *head.Kind); err != nil {
		return nil, err
	}
	switch *head.Kind {
	case AssertionStatedAmount:
		return decodeAs[StatedAmount](raw)
	case AssertionInsufficiency:
		return decodeAs[Insufficiency](raw)
	case AssertionLateness:
		return decodeAs[Lateness](raw)
	case AssertionCounterproposal:
		return decodeAs[Counterproposal](raw)
	case AssertionCount:
		return decodeAs[CountClaim](raw)
	case AssertionRatio:
		return decodeAs[RatioClaim](raw)
	case AssertionEndorsement:
		return decodeAs[Endorsement](raw)
	}
	return nil, detail(ErrSyntax, "unknown kind")
}

// An UnknownFieldError reports a key of an assertion object that the
// assertion's kind has no field for, such as "pakage" for "package".
// Assertions.UnmarshalJSON refuses such a key rather than drop it, and
// returns the error in a *ParseError whose Offset is where the key starts
// in its Input. Path names the assertion, as in "assertions[2]"; Kind is
// its kind and Field the key. It matches ErrSyntax under errors.Is.
type UnknownFieldError struct {
	Path  string
	Kind  AssertionKind
	Field string

	offset int // of the key's opening quote in the assertion object
}

// Error returns a message such as `assertions[0]: unknown field "pakage"
// for an assertion of kind "stated-amount"`.
func (e *UnknownFieldError) Error() string {
	msg := "unknown field " + strconv.Quote(e.Field) + " for an assertion of kind " + strconv.Quote(e.Kind.String())
	if e.Path == "" {
		return msg
	}
	return e.Path + ": " + msg
}

// Unwrap returns ErrSyntax.
func (e *UnknownFieldError) Unwrap() error { return ErrSyntax }

// assertionFields are the JSON names of each kind's fields, as MarshalJSON
// writes them.
var assertionFields = map[AssertionKind][]string{
	AssertionStatedAmount:    jsonFields(reflect.TypeFor[StatedAmount]()),
	AssertionInsufficiency:   jsonFields(reflect.TypeFor[Insufficiency]()),
	AssertionLateness:        jsonFields(reflect.TypeFor[Lateness]()),
	AssertionCounterproposal: jsonFields(reflect.TypeFor[Counterproposal]()),
	AssertionCount:           jsonFields(reflect.TypeFor[CountClaim]()),
	AssertionRatio:           jsonFields(reflect.TypeFor[RatioClaim]()),
	AssertionEndorsement:     jsonFields(reflect.TypeFor[Endorsement]()),
}

// jsonFields returns the JSON names of the exported fields of struct type t.
func jsonFields(t reflect.Type) []string {
	var names []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case !f.IsExported() || name == "-":
			continue
		case name == "":
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}

// checkKeys returns an *UnknownFieldError for the first key of raw, the
// assertion object at path, that is neither "kind" nor the name of a field
// of kind k. Keys match names as encoding/json matches them, ignoring case,
// so it refuses exactly the keys that decoding would drop.
func checkKeys(raw []byte, path string, k AssertionKind) error {
	fields, ok := assertionFields[k]
	if !ok {
		return nil // an unknown kind, which the caller reports
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil { // '{'
		return err
	}
	for dec.More() {
		off := int(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		if !known(key, fields) {
			for off < len(raw) && raw[off] != '"' { // past white space and ','
				off++
			}
			return &UnknownFieldError{Path: path, Kind: k, Field: key, offset: off}
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return err
		}
	}
	return nil
}

// known reports whether key is "kind" or one of fields, ignoring case.
func known(key string, fields []string) bool {
	if strings.EqualFold(key, "kind") {
		return true
	}
	for _, f := range fields {
		if strings.EqualFold(key, f) {
			return true
		}
	}
	return false
}

// decodeAs reads raw as an assertion of type T. The assertion types have no
// JSON methods of their own (Assertions writes and checks the "kind"), so
// encoding/json reads their fields directly.
func decodeAs[T Assertion](raw []byte) (Assertion, error) {
	var v T
	err := json.Unmarshal(raw, &v)
	return v, err
}
