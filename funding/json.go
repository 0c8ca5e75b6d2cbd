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
// exactly. An allocation's "amount" is an exact Amount's object or, for a
// figure stated inexactly, its words: "amount": "up to £9bn". Dates are "2016-11-28"; a Period is {"start":...,"end":...};
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

// allocationJSON is Allocation's JSON form: its fields in order, with
// "amount" either an Amount's object or a Stated figure's words.
type allocationJSON struct {
	ID          string          `json:"id"`
	Title       string          `json:"title,omitempty"`
	Description string          `json:"description,omitempty"`
	Recipients  []Org           `json:"recipients,omitempty"`
	Count       Count           `json:"count,omitzero"`
	Amount      json.RawMessage `json:"amount,omitempty"`
	Purposes    []string        `json:"purposes,omitempty"`
	Kind        Kind            `json:"kind,omitzero"`
	Period      Period          `json:"period,omitzero"`
	Novelty     Novelty         `json:"novelty,omitzero"`
	Awarded     Date            `json:"awarded,omitzero"`
	Allocations []Allocation    `json:"allocations,omitempty"`
	Partial     bool            `json:"partial,omitempty"`
}

// MarshalJSON returns a as a JSON object with the field names of its tags,
// leaving out the fields that are zero. Its money is the "amount" key: an
// exact Amount as {"amount":"1260000.00","currency":"GBP"}, a Stated figure
// as its words, "up to £9bn", and nothing for an allocation whose money is
// its sub-allocations' sum.
func (a Allocation) MarshalJSON() ([]byte, error) {
	j := allocationJSON{a.ID, a.Title, a.Description, a.Recipients, a.Count, nil,
		a.Purposes, a.Kind, a.Period, a.Novelty, a.Awarded, a.Allocations, a.Partial}
	var err error
	switch {
	case !a.Stated.IsZero():
		j.Amount, err = json.Marshal(a.Stated.Text())
	case !a.Amount.Currency().IsZero():
		j.Amount, err = a.Amount.MarshalJSON()
	}
	if err != nil {
		return nil, err
	}
	return json.Marshal(j)
}

// UnmarshalJSON sets a from its JSON form, as MarshalJSON writes it:
// "amount" is an object read as an exact Amount or a string read as a
// Stated figure by currency.ParseFigure. Like Package's, it rejects fields
// it does not know. It returns the error of the decoder or of the type that
// rejected a value, and for an amount a *FieldError with the path "amount"
// whose cause is the amount's or the figure's error.
func (a *Allocation) UnmarshalJSON(data []byte) error {
	var j allocationJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return err
	}
	v := Allocation{ID: j.ID, Title: j.Title, Description: j.Description, Recipients: j.Recipients,
		Count: j.Count, Purposes: j.Purposes, Kind: j.Kind, Period: j.Period, Novelty: j.Novelty,
		Awarded: j.Awarded, Allocations: j.Allocations, Partial: j.Partial}
	raw := bytes.TrimSpace(j.Amount)
	switch {
	case len(raw) == 0 || string(raw) == "null":
	case raw[0] == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return &FieldError{Path: "amount", Err: because(ErrSyntax, err)}
		}
		if err := v.Stated.UnmarshalText([]byte(s)); err != nil {
			return &FieldError{Path: "amount", Err: err}
		}
	default:
		if err := v.Amount.UnmarshalJSON(raw); err != nil {
			return &FieldError{Path: "amount", Err: err}
		}
	}
	*a = v
	return nil
}
