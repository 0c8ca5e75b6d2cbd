package funding

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// The JSON form of a Package is an object with the fields' names in lower
// camel case ("id", "funder", "announcedBy", "headline", "allocations"...),
// leaving out fields that are zero or empty. Money is never a JSON number:
// an Amount is {"amount":"1260000.00","currency":"GBP"}, its value a decimal
// string, and the headline Figure is its words as stated ("more than £4
// million"), so json.Marshal and json.Unmarshal round-trip a Package
// exactly. An allocation's "amount" is an exact Amount's object or, for a
// figure stated inexactly, its words: "amount": "up to £9bn"; its
// sub-allocations are "allocations" and a partial list "partial": true. A
// profile year is {"year":"2024-25","amount":"£0.3bn"}, and a change, a
// package's or an allocation's, {"from":"£50.1bn","to":"£53.9bn",
// "percent":"7.6","of":"budget-2024","relation":"tops up"} (an
// allocation's names no package: {"from":"£318million","by":"£10million"}). Dates are "2016-11-28"; a Period is {"start":...,"end":...};
// enumerations are their names ("extension", "services"); a Count is its
// words ("about 1,200").

// UnmarshalJSON sets p from its JSON form, as described above. Unlike
// encoding/json's default it rejects fields it does not know, anywhere in
// the record except inside amounts, so that a misspelt key in a
// hand-written record ("novelity") is an error rather than silently lost
// data. It does not Validate: a record read from JSON may be invalid, and
// Validate says how.
//
// For JSON that is not well formed it returns a *ParseError matching
// ErrSyntax, at the offset where reading failed. Otherwise it reads every
// field it can and reports every one it cannot, joined with errors.Join,
// each a *FieldError naming the field by its JSON path
// ("allocations[1].count") whose cause is the error of the type that
// rejected the value (a count of zero, an unknown novelty name), or matches
// ErrSyntax for an unknown field or a value of the wrong JSON type. p is
// set only if there is no error.
func (p *Package) UnmarshalJSON(data []byte) error {
	if err := wellFormed("Package.UnmarshalJSON", data); err != nil {
		return err
	}
	type plain Package
	var v plain
	var d validator
	d.value(data, reflect.ValueOf(&v).Elem(), "")
	if err := d.err(); err != nil {
		return err
	}
	*p = Package(v)
	return nil
}

// wellFormed returns a *ParseError naming fn if data is not one
// well-formed JSON value.
func wellFormed(fn string, data []byte) error {
	if json.Valid(data) {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var v any
	err := dec.Decode(&v)
	if err == nil {
		return &ParseError{Func: fn, Input: string(data), Offset: int(dec.InputOffset()), Err: expected(ErrSyntax, "want one value")}
	}
	off := int(dec.InputOffset())
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = int(se.Offset)
	}
	return &ParseError{Func: fn, Input: string(data), Offset: off, Err: because(ErrSyntax, err)}
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	allocationType      = reflect.TypeFor[Allocation]()
)

// value decodes raw, well-formed JSON, into rv, recording a *FieldError at
// path for each value that cannot be read and going on with the rest.
// Structs are read field by field, by their JSON names, refusing keys they
// do not have; slices element by element; values whose type reads itself
// (Date, Count, currency.Figure...) by that type.
func (v *validator) value(raw []byte, rv reflect.Value, path string) {
	t := rv.Type()
	switch {
	case t == allocationType:
		a, errs := decodeAllocation(raw)
		for _, e := range errs {
			v.sub(path, e)
		}
		rv.Set(reflect.ValueOf(a))
		return
	case reflect.PointerTo(t).Implements(unmarshalerType), reflect.PointerTo(t).Implements(textUnmarshalerType):
		if err := json.Unmarshal(raw, rv.Addr().Interface()); err != nil {
			v.at(path, jsonError(err, t))
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		v.object(raw, rv, path)
	case reflect.Slice:
		var elems []json.RawMessage
		if err := json.Unmarshal(raw, &elems); err != nil {
			v.at(path, jsonError(err, t))
			return
		}
		if elems == nil {
			return
		}
		s := reflect.MakeSlice(t, len(elems), len(elems))
		for i, e := range elems {
			v.value(e, s.Index(i), index(path, i))
		}
		rv.Set(s)
	default:
		if err := json.Unmarshal(raw, rv.Addr().Interface()); err != nil {
			v.at(path, jsonError(err, t))
		}
	}
}

// object decodes the JSON object raw into the struct rv, key by key.
func (v *validator) object(raw []byte, rv reflect.Value, path string) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		v.at(path, jsonError(err, rv.Type()))
		return
	}
	if fields == nil {
		return // null leaves the zero value
	}
	// Keys in the order they come, so that errors are in file order.
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.Token() // '{'
	for dec.More() {
		tok, _ := dec.Token()
		key, _ := tok.(string)
		var skip json.RawMessage
		dec.Decode(&skip)
		at := key
		if path != "" {
			at = path + "." + key
		}
		f, ok := field(rv, key)
		if !ok {
			v.at(at, expected(ErrSyntax, "unknown field "+strconv.Quote(key)))
			continue
		}
		v.value(fields[key], f, at)
	}
}

// field returns the field of struct rv whose JSON name is key, as
// encoding/json matches them: exactly, or else without regard to case.
func field(rv reflect.Value, key string) (reflect.Value, bool) {
	t := rv.Type()
	fold := -1
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if name == key {
			return rv.Field(i), true
		}
		if fold < 0 && strings.EqualFold(name, key) {
			fold = i
		}
	}
	if fold >= 0 {
		return rv.Field(fold), true
	}
	return reflect.Value{}, false
}

// at records err at path; a FieldError err brings its own path below it.
func (v *validator) at(path string, err error) {
	if path == "" {
		var fe *FieldError
		if errors.As(err, &fe) {
			v.errs = append(v.errs, err)
			return
		}
	}
	v.sub(path, err)
}

// jsonError returns the error for a JSON value that t cannot hold: for a
// value of the wrong JSON type, one matching ErrSyntax that says what was
// wanted ("want a string, not a JSON number"); otherwise err itself, the
// error of the type that read the value, with ErrSyntax added when it
// matches no sentinel of the module.
func jsonError(err error, t reflect.Type) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return expected(ErrSyntax, "want "+jsonKind(t)+", not a JSON "+te.Value)
	}
	var pe *ParseError
	var ce *currency.ParseError
	var fe *FieldError
	if errors.As(err, &pe) || errors.As(err, &ce) || errors.As(err, &fe) {
		return err
	}
	return because(ErrSyntax, err)
}

// jsonKind says in words what JSON a Go type is read from.
func jsonKind(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Bool:
		return "true or false"
	}
	return t.String()
}

// allocationJSON is Allocation's JSON form: its fields in order, with
// "amount" either an Amount's object or a Stated figure's words.
type allocationJSON struct {
	ID          string          `json:"id"`
	Title       string          `json:"title,omitempty"`
	Description string          `json:"description,omitempty"`
	Recipients  []Org           `json:"recipients,omitempty"`
	Count       Count           `json:"count,omitzero"`
	Amount      allocationMoney `json:"amount,omitzero"`
	Change      Change          `json:"change,omitzero"`
	Purposes    []string        `json:"purposes,omitempty"`
	Kind        Kind            `json:"kind,omitzero"`
	Period      Period          `json:"period,omitzero"`
	Novelty     Novelty         `json:"novelty,omitzero"`
	Awarded     Date            `json:"awarded,omitzero"`
	Regrant     string          `json:"regrant,omitempty"`
	Allocations []Allocation    `json:"allocations,omitempty"`
	Partial     bool            `json:"partial,omitempty"`
}

// allocationMoney is an allocation's "amount" in JSON: an exact Amount as
// its object, or a Stated figure as its words.
type allocationMoney struct {
	amount currency.Amount
	stated currency.Figure
}

// IsZero reports whether m holds no money, for omitzero.
func (m allocationMoney) IsZero() bool { return m.amount.Currency().IsZero() && m.stated.IsZero() }

// MarshalJSON returns the figure's words, or the amount's object.
func (m allocationMoney) MarshalJSON() ([]byte, error) {
	if !m.stated.IsZero() {
		return json.Marshal(m.stated.Text())
	}
	return m.amount.MarshalJSON()
}

// UnmarshalJSON reads a string as a Stated figure, by currency.ParseFigure,
// and anything else as an Amount's object; null is no money.
func (m *allocationMoney) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	switch {
	case string(data) == "null":
		*m = allocationMoney{}
		return nil
	case len(data) > 0 && data[0] == '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return because(ErrSyntax, err)
		}
		var f currency.Figure
		if err := f.UnmarshalText([]byte(s)); err != nil {
			return err
		}
		*m = allocationMoney{stated: f}
		return nil
	}
	var a currency.Amount
	if err := a.UnmarshalJSON(data); err != nil {
		return err
	}
	*m = allocationMoney{amount: a}
	return nil
}

// MarshalJSON returns a as a JSON object with the field names of its tags,
// leaving out the fields that are zero. Its money is the "amount" key: an
// exact Amount as {"amount":"1260000.00","currency":"GBP"}, a Stated figure
// as its words, "up to £9bn", and nothing for an allocation whose money is
// its sub-allocations' sum.
func (a Allocation) MarshalJSON() ([]byte, error) {
	return json.Marshal(allocationJSON{a.ID, a.Title, a.Description, a.Recipients, a.Count,
		allocationMoney{a.Amount, a.Stated}, a.Change, a.Purposes, a.Kind, a.Period, a.Novelty, a.Awarded,
		a.Regrant, a.Allocations, a.Partial})
}

// UnmarshalJSON sets a from its JSON form, as MarshalJSON writes it:
// "amount" is an object read as an exact Amount or a string read as a
// Stated figure by currency.ParseFigure. Like Package's, it rejects fields
// it does not know and reports every field it cannot read, in the order of
// the input, each a *FieldError with the field's JSON path ("amount",
// "allocations[0].count").
func (a *Allocation) UnmarshalJSON(data []byte) error {
	if err := wellFormed("Allocation.UnmarshalJSON", data); err != nil {
		return err
	}
	v, errs := decodeAllocation(data)
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	*a = v
	return nil
}

// decodeAllocation reads the well-formed JSON raw as an Allocation, with
// every problem as a *FieldError relative to it.
func decodeAllocation(raw []byte) (Allocation, []error) {
	var j allocationJSON
	var d validator
	d.value(raw, reflect.ValueOf(&j).Elem(), "")
	return Allocation{ID: j.ID, Title: j.Title, Description: j.Description, Recipients: j.Recipients,
		Count: j.Count, Amount: j.Amount.amount, Stated: j.Amount.stated, Change: j.Change, Purposes: j.Purposes, Kind: j.Kind,
		Period: j.Period, Novelty: j.Novelty, Awarded: j.Awarded, Regrant: j.Regrant, Allocations: j.Allocations, Partial: j.Partial}, d.errs
}
