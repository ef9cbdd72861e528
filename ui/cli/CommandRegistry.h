// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandSpec.h"

#include <QList>

namespace mentordesk::cli {

/// Every command of mentordesk-cli, in help order.
class CommandRegistry final
{
public:
    void add(CommandSpec spec) { m_commands.append(std::move(spec)); }
    [[nodiscard]] const QList<CommandSpec>& commands() const { return m_commands; }
    /// The command for `noun` and the longest matching verb prefix of `words`; `consumed` tells how many words it took.
    [[nodiscard]] const CommandSpec* find(const QString& noun, const QStringList& words, int& consumed) const;
    [[nodiscard]] QStringList nouns() const;

    /// The registry with all built-in commands.
    [[nodiscard]] static const CommandRegistry& builtIn();

private:
    QList<CommandSpec> m_commands;
};

// One registration function per noun family (ui/cli/commands/*.cpp).
void registerStudioCommands(CommandRegistry& registry);
void registerPayerCommands(CommandRegistry& registry);
void registerMentorCommands(CommandRegistry& registry);
void registerLearnerCommands(CommandRegistry& registry);
void registerCatalogCommands(CommandRegistry& registry);    // topic, course
void registerEnrollmentCommands(CommandRegistry& registry); // enroll, enrollment
void registerLessonCommands(CommandRegistry& registry);
void registerFeedbackCommands(CommandRegistry& registry);
void registerDataCommands(CommandRegistry& registry); // import, export
void registerDemoCommands(CommandRegistry& registry);
void registerBackupCommands(CommandRegistry& registry);
void registerRecommenderCommands(CommandRegistry& registry); // recommender evaluate|synth|train|status
void registerRecommendCommands(CommandRegistry& registry);   // recommend courses, recommend mentors
void registerPathCommands(CommandRegistry& registry);        // path plan
void registerPlanCommands(CommandRegistry& registry);        // plan set|offer|show|remove|buy-package|…
void registerBillingCommands(CommandRegistry& registry);     // billing run|settings|tax-rate
void registerInvoiceCommands(CommandRegistry& registry);     // invoice list|show|issue|credit|pay|pdf|export|overdue
void registerReceivablesCommands(CommandRegistry& registry); // payer balance, report aging, export journal
void registerQuoteCommands(CommandRegistry& registry);       // quote
void registerProgressCommands(CommandRegistry& registry);    // progress show, progress at-risk, progress settings
void registerReportCommands(CommandRegistry& registry);      // report hours, utilisation, progress, ratings, …
void registerSearchCommands(CommandRegistry& registry);      // search
void registerSecurityCommands(CommandRegistry& registry);    // account …, audit verify|list
void registerPrivacyCommands(CommandRegistry& registry);     // privacy export|erase

} // namespace mentordesk::cli
