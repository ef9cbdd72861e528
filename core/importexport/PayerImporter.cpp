// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/PayerImporter.h"

#include "common/Clock.h"
#include "people/PayerRepository.h"
#include "people/PayerService.h"

namespace mentordesk {

namespace {

enum Column
{
    Name,
    Email,
    Phone,
    Address,
    InvoiceLanguage,
    TaxId,
    Notes,
    ColumnCount
};

PayerInput inputOf(const ImportRow& row)
{
    PayerInput in;
    in.name = row.value(Name);
    in.email = row.value(Email);
    in.phone = row.value(Phone);
    in.address = row.value(Address);
    in.invoiceLanguage = row.value(InvoiceLanguage);
    in.taxId = row.value(TaxId);
    in.notes = row.value(Notes);
    return in;
}

} // namespace

PayerImporter::PayerImporter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QString PayerImporter::entity() const
{
    return QStringLiteral("payers");
}

QList<ColumnSpec> PayerImporter::columns() const
{
    // Order follows the Column enum.
    return {
        {QStringLiteral("name"),
         {QStringLiteral("full name"), QStringLiteral("payer"), QStringLiteral("payer name"), QStringLiteral("parent"),
          QStringLiteral("guardian"), QStringLiteral("company"), QStringLiteral("姓名"), QStringLiteral("名称"),
          QStringLiteral("付款人")},
         true},
        {QStringLiteral("email"),
         {QStringLiteral("e-mail"), QStringLiteral("mail"), QStringLiteral("email address"), QStringLiteral("邮箱"),
          QStringLiteral("电子邮件")}},
        {QStringLiteral("phone"),
         {QStringLiteral("telephone"), QStringLiteral("tel"), QStringLiteral("mobile"), QStringLiteral("phone number"),
          QStringLiteral("电话"), QStringLiteral("手机")}},
        {QStringLiteral("address"), {QStringLiteral("postal address"), QStringLiteral("地址")}},
        {QStringLiteral("invoice_language"),
         {QStringLiteral("language"), QStringLiteral("lang"), QStringLiteral("发票语言")}},
        {QStringLiteral("tax_id"),
         {QStringLiteral("tax number"), QStringLiteral("vat id"), QStringLiteral("vat"), QStringLiteral("税号")}},
        {QStringLiteral("notes"),
         {QStringLiteral("note"), QStringLiteral("comment"), QStringLiteral("comments"), QStringLiteral("备注")}},
    };
}

Result<ImportRow> PayerImporter::validateRow(const ImportRow& row)
{
    auto valid = PayerService::validate(inputOf(row));
    if (!valid) {
        return fail(valid.error());
    }
    ImportRow out;
    out.line = row.line;
    out.values = QStringList(ColumnCount);
    out.values[Name] = valid->name;
    out.values[Email] = valid->email;
    out.values[Phone] = valid->phone;
    out.values[Address] = valid->address;
    out.values[InvoiceLanguage] = valid->invoiceLanguage;
    out.values[TaxId] = valid->taxId;
    out.values[Notes] = valid->notes;
    return out;
}

Result<Id> PayerImporter::importRow(const ImportRow& row)
{
    // Why: validateRow() already ran PayerService::validate on this row and CsvImport holds the one
    // transaction of the import, so the row goes straight to the repository (no second validation,
    // no savepoint per row) — the same record PayerService::create would write.
    const PayerInput in = inputOf(row);
    Payer p;
    p.meta.id = newId();
    p.meta.createdAt = p.meta.updatedAt = m_clock.nowUtc();
    p.meta.version = 1;
    p.name = in.name;
    p.email = in.email;
    p.phone = in.phone;
    p.address = in.address;
    p.invoiceLanguage = in.invoiceLanguage;
    p.taxId = in.taxId;
    p.notes = in.notes;
    if (auto ok = PayerRepository(m_db).insert(p); !ok) {
        return fail(ok.error());
    }
    return p.meta.id;
}

} // namespace mentordesk
