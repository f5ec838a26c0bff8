using LearningSociety.Web.Tests.Citizens;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.PostgreSql;

/// <summary>The register's pages by the stored name key (collation "C"), from the end too, and its pager.</summary>
public sealed class CitizenListPagingOnPostgreSql() : CitizenListPaging(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;

/// <summary>The register's filters and counts: village ids as an array, name search under the vi_vn collation.</summary>
public sealed class CitizenListFiltersOnPostgreSql() : CitizenListFilters(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;
