package funding

import (
	"bytes"
	"encoding/json"
)

// The JSON form of a Package is an object with the fields' names in lower
// camel case ("id", "funder", "announcedBy", "headline", "allocations"...),
// leaving out fields that are zero or empty. Money is never a JSON number:
// an Amount is {"amount":"1260000.00","currency":"GBP"}, its value a decimal
// string, and the headline Figure is its words as stated ("more than £4
// million"), so json.Marshal and json.Unmarshal round-trip a Package
// exactly. Dates are "2016-11-28"; a Period is {"start":...,"end":...};
// enumerations are their names ("extension", "services"); a Count is its
// words ("about 1,200").

// UnmarshalJSON sets p from its JSON form, as described above. Unlike
// encoding/json's default it rejects fields it does not know, anywhere in
// the record except inside amounts, so that a misspelt key in a
// hand-written record ("novelity") is an error rather than silently lost
// data. It does not Validate: a record read from JSON may be invalid, and
// Validate says how. It returns a *ParseError matching ErrSyntax for
// malformed JSON, an unknown field or a value of the wrong type, with the
// message of the decoder or of the type that rejected the value (a count
// of zero, an unknown novelty name).
func (p *Package) UnmarshalJSON(data []byte) error {
	type plain Package
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var v plain
	if err := dec.Decode(&v); err != nil {
		return &ParseError{Func: "Package.UnmarshalJSON", Input: string(data), Offset: int(dec.InputOffset()), Err: because(ErrSyntax, err)}
	}
	if dec.More() {
		return &ParseError{Func: "Package.UnmarshalJSON", Input: string(data), Offset: int(dec.InputOffset()), Err: expected(ErrSyntax, "want one object")}
	}
	*p = Package(v)
	return nil
}
