#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

#include "core/documents/Branding.h"

namespace clientele::documents {

// A printable document as the builders describe it: what to say, in which order, never where on the
// page. PageFlow decides the geometry, so every kind of document (invoice, receipt, statement,
// superbill, contract) shares one layout, one pagination and one right-to-left treatment.
//
// All texts are final: translated, formatted for the practice's locale, ready to print.

// Where a table column's text sits. Leading is left in left-to-right documents and right in
// right-to-left ones; amounts are Trailing so their digits line up.
enum class CellAlign
{
    Leading,
    Trailing,
    Center,
};

struct Field
{
    QString label;
    QString value;
};

struct TableColumn
{
    QString title;
    CellAlign align = CellAlign::Leading;
    int weight = 1; // share of the table's width
};

// Rows may be any number; a row never splits across pages, and the header row is repeated at the
// top of every page the table continues on.
struct TableBlock
{
    QList<TableColumn> columns;
    QList<QStringList> rows;
};

struct ParagraphBlock
{
    enum class Style
    {
        Body,
        Small, // notes, terms, fine print
        Heading, // a section title inside the document
    };
    QString text; // "\n" starts a new line; long lines wrap; a paragraph may continue on the next page
    Style style = Style::Body;
};

// Label/value pairs in two columns ("Date of birth: 12 March 1990").
struct FieldsBlock
{
    QList<Field> fields;
};

struct TotalLine
{
    QString label;
    QString value;
    bool emphasized = false; // the grand total and the balance due
};

// Sums set against the trailing edge, under a table.
struct TotalsBlock
{
    QList<TotalLine> lines;
};

// Lines to sign on, each with its caption ("Provider signature", "Date").
struct SignatureBlock
{
    QStringList captions;
};

using Block = std::variant<ParagraphBlock, FieldsBlock, TableBlock, TotalsBlock, SignatureBlock>;

struct Party
{
    QString title; // "Bill to", "Patient"
    QStringList lines; // the name first
};

struct Document
{
    QString kind; // printed large at the top: "Invoice", "Superbill"
    QString title; // PDF title and print job name: "Invoice INV-2026-0042 – Jane Doe"
    QString fileName; // what a person would call the file: "Invoice INV-2026-0042 – Jane Doe.pdf"
    QString stamp; // a state worth shouting ("DRAFT", "VOID", "PAID"), or empty
    QList<Field> headerFields; // number, dates, beside the kind
    Party from; // the practice
    Party to; // the client
    QList<Block> blocks;
    Branding branding;
};

} // namespace clientele::documents
