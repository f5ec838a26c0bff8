using LearningSociety.Web.Tests.Approvals;
using LearningSociety.Web.Tests.Foundation;
using LearningSociety.Web.Tests.Imports;
using LearningSociety.Web.Tests.Infrastructure;
using LearningSociety.Web.Tests.Reports;
using LearningSociety.Web.Tests.Scorecards;

namespace LearningSociety.Web.Tests.PostgreSql;

// The integration tests that lean on the database most, run again on PostgreSQL, each portal on a database of its own.

/// <summary>Registration → self-assessment → appraisal → propose/return/forward/approve → decision, and the approval race.</summary>
public sealed class ApprovalRouteOnPostgreSql() : ApprovalRouteThroughTheInboxes(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;

/// <summary>The all-or-nothing Excel import, its matching of names and ID numbers, and its transaction.</summary>
public sealed class CitizenImportOnPostgreSql() : CitizenImport(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;

/// <summary>The commune and district roll-up reports (grouping and counting in SQL).</summary>
public sealed class ResultsSummaryReportsOnPostgreSql() : ResultsSummaryReports(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;

/// <summary>The branch's appraisal minutes (cards read page by page on the name key) and a village's scorecards in one PDF.</summary>
public sealed class BranchDocumentsOnPostgreSql() : BranchDocuments(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;

/// <summary>Scorecards with evidence files (bytea) and their concurrency stamp.</summary>
public sealed class ScorecardFlowOnPostgreSql() : ScorecardFlow(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;

/// <summary>Unit scoping: prefix matches on the materialised path.</summary>
public sealed class UnitIsolationOnPostgreSql(PostgreSqlPortalFactory factory)
    : UnitIsolation(factory), IClassFixture<PostgreSqlPortalFactory>, IRunsOnPostgreSql;

/// <summary>The card tallies under random sequences of the year's operations (upserts on PostgreSQL).</summary>
public sealed class CardTalliesOnPostgreSql() : LearningSociety.Web.Tests.Results.CardTallies(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;

/// <summary>Every create action posted twice at once: the form's key row waits on PostgreSQL's unique index.</summary>
public sealed class DoubleSubmitsOnPostgreSql() : LearningSociety.Web.Tests.Integrity.DoubleSubmits(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;

/// <summary>Separate requests writing the same row at once: read committed lets both checks pass, the unique index (23505) decides.</summary>
public sealed class UniqueIndexRacesOnPostgreSql() : LearningSociety.Web.Tests.Integrity.UniqueIndexRaces(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;

/// <summary>Two officers editing one citizen or one unit's facts: the concurrency stamps (uuid) on PostgreSQL.</summary>
public sealed class ConcurrentEditsOnPostgreSql() : LearningSociety.Web.Tests.Integrity.ConcurrentEdits(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;

/// <summary>The narrative report's figures and its kept texts (a concurrency stamp, a unique index per unit and year).</summary>
public sealed class NarrativeReportsOnPostgreSql() : NarrativeReports(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;
