using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Data.Seeding;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Features.Decisions;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Demo;

/// <summary>
/// The demo district's year in motion, on a new demo database: about 25 citizens in each of the eight villages with cards
/// at every stage of the current year, candidates waiting at the village, the commune and the district, one returned with
/// a reason and one refused, last year's candidates recognised by a decision, four earlier recognised years for a few
/// people (one of them "tiêu biểu xuất sắc" this year), Xã Quảng Vinh designated ĐBKK with its legal basis, both communes'
/// plans, results and PCGD-XMC surveys for this year and last, and this year's deadlines just ahead of today.
/// Every number comes from the domain's intent methods and the portal's own services — the scorecard methods, the
/// <see cref="ApprovalService"/> acting with each demo account's own rights, <see cref="DecisionIssuing"/> — so the demo
/// obeys every rule and the card tallies are kept by the same saves as on any day. Dates follow today's date.
/// </summary>
public sealed class DemoYear(AppDbContext db, RecognitionRuleLookup rules, DecisionIssuing decisions, DemoDataSeeder demo,
    IUserClaimsPrincipalFactory<ApplicationUser> principals, TimeProvider clock) : IDemoYearSeeder
{
    /// <summary>The branch accounts of the villages that have none in the base demo, so every village's branch can act.</summary>
    public static readonly IReadOnlyList<(string UserName, string FullName, int VillageIndex)> MoreBranches =
    [
        ("chihoi3", "Trương Thị Mỹ Hạnh", 2),
        ("chihoi4", "Lê Văn Lộc", 3),
        ("chihoivinh2", "Ngô Thị Kim Oanh", 5),
        ("chihoivinh3", "Hồ Văn Thắng", 6),
        ("chihoivinh4", "Dương Thị Ngọc Trâm", 7),
    ];

    /// <summary>The branch account of each village, in the order of the villages (index 0–3 Xã Quảng Phú, 4–7 Xã Quảng Vinh).</summary>
    public static readonly string[] BranchOf = ["chihoi", "chihoi2", "chihoi3", "chihoi4", "chihoivinh", "chihoivinh2", "chihoivinh3", "chihoivinh4"];

    public const string ReturnReason = "Thiếu minh chứng chỉ số 2.1: đề nghị bổ sung ảnh chụp giấy chứng nhận lớp kỹ năng số";

    public const string RejectReason = "Phiếu thẩm định ghi điểm chỉ số 3.2 chưa có xác nhận của tổ hợp tác; không đủ căn cứ công nhận năm nay";

    private readonly StepClock _at = new();

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var district = await db.AdministrativeUnits.FirstOrDefaultAsync(u => u.Code == DemoDataSeeder.DistrictCode, cancellationToken);
        if (district is null || await db.Candidates.AnyAsync(cancellationToken) || await db.Plans.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = new VietnamClock(clock).Today();
        var year = today.Year;
        var communes = await db.AdministrativeUnits.Where(u => u.ParentId == district.Id).ToDictionaryAsync(u => u.Code, cancellationToken);
        var quangPhu = communes[DemoDataSeeder.QuangPhuCode];
        var quangVinh = communes[DemoDataSeeder.QuangVinhCode];
        var villages = await db.AdministrativeUnits.Where(u => u.ParentId == quangPhu.Id || u.ParentId == quangVinh.Id)
            .OrderBy(u => u.Code).ToListAsync(cancellationToken);

        foreach (var (userName, fullName, village) in MoreBranches)
        {
            await demo.AddAccountAsync(userName, fullName, PortalRole.VillageBranch, villages[village], cancellationToken);
        }

        var basis = await DesignateDisadvantagedAsync(quangVinh, quangPhu, villages, year, cancellationToken);
        var plans = new DemoPlans(db);
        await plans.AddAsync(quangPhu, "Quảng Phú", "ubndxa", 7_850, year, today, null, 0, cancellationToken);
        await plans.AddAsync(quangVinh, "Quảng Vinh", "ubndvinh", 6_420, year, today, basis, 1, cancellationToken);
        var registered = await db.Registrations.Where(r => r.Year == year).GroupBy(r => r.VillageId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var taken = (await db.Citizens.Select(c => c.FullName).ToListAsync(cancellationToken)).ToHashSet();
        var people = DemoCards.People(taken, villages.Select(v => registered.GetValueOrDefault(v.Id)).ToList());
        var cards = await AddCardsAsync(people, villages, v => v.ParentId == quangPhu.Id ? "ubndxa" : "ubndvinh", year, today, cancellationToken);
        await RunRouteAsync(cards, villages, year, today, cancellationToken);
        await MoveDeadlinesAsync(year, today, cancellationToken);
    }

    /// <summary>
    /// Xã Quảng Vinh on the ĐBKK list last year and this year (its CDHT threshold is then 70): a list entered by the province
    /// (<see cref="DisadvantagedDesignation"/>, the same record the Designations page keeps) with its legal basis, which
    /// also joins the shared list of legal bases so the commune's plans cite it. Adult populations of the years the demo
    /// shows are entered for both communes.
    /// </summary>
    private async Task<LegalBasis> DesignateDisadvantagedAsync(AdministrativeUnit quangVinh, AdministrativeUnit quangPhu,
        IReadOnlyList<AdministrativeUnit> villages, int year, CancellationToken cancellationToken)
    {
        const string number = "2150/QĐ-UBND";
        const string issuer = "UBND tỉnh Thừa Thiên Huế";
        var issuedOn = new DateOnly(year - 1, 1, 15);
        var basis = LegalBasis.Create("Quyết định", number, issuedOn, issuer,
            "về việc phê duyệt danh sách xã có điều kiện kinh tế – xã hội đặc biệt khó khăn trên địa bàn tỉnh (văn bản minh họa của bản dùng thử)");
        db.LegalBases.Add(basis);
        db.DisadvantagedDesignations.Add(DisadvantagedDesignation.Create("Quyết định", number, issuedOn, issuer, year - 1, year, [quangVinh.Id]));

        var profiles = await db.UnitYearProfiles.Where(p => p.Year >= year - 4).ToListAsync(cancellationToken);
        foreach (var (commune, adults) in new[] { (quangPhu, 7_850), (quangVinh, 6_420) })
        {
            for (var y = year - 4; y <= year; y++)
            {
                var growth = adults - (year - y) * 40;
                if (profiles.FirstOrDefault(p => p.UnitId == commune.Id && p.Year == y) is { } profile)
                {
                    profile.Update(profile.AdultPopulation ?? growth);
                }
                else
                {
                    db.UnitYearProfiles.Add(new UnitYearProfile(commune.Id, y, growth));
                }
            }
        }

        foreach (var village in villages.Where(v => profiles.All(p => p.UnitId != v.Id || p.Year != year - 1)))
        {
            var thisYear = profiles.FirstOrDefault(p => p.UnitId == village.Id && p.Year == year)?.AdultPopulation;
            db.UnitYearProfiles.Add(new UnitYearProfile(village.Id, year - 1, thisYear is int a ? a - 10 : null));
        }

        await db.SaveChangesAsync(cancellationToken);
        return basis;
    }

    private sealed record DemoCard(DemoPerson Person, int Year, CdhtRegistration Registration);

    /// <summary>Citizens, their cards of this year, last year and the earlier years, self-assessed and appraised by their branch.</summary>
    /// <param name="officerOf">The commune officer of a village's commune, who confirms its earlier years.</param>
    private async Task<IReadOnlyList<DemoCard>> AddCardsAsync(IReadOnlyList<DemoPerson> people, IReadOnlyList<AdministrativeUnit> villages,
        Func<AdministrativeUnit, string> officerOf, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var groups = await db.CitizenGroups.ToDictionaryAsync(g => g.Code, cancellationToken);
        var ruleOf = new Dictionary<int, Func<string, Judging>>();
        var first = Math.Max(ReferenceDataSeeder.ProgrammeStartYear, year - 4);
        for (var y = first; y <= year; y++)
        {
            ruleOf[y] = await rules.JudgingForYearAsync(y, cancellationToken);
        }

        var cards = new List<DemoCard>();
        foreach (var (person, index) in people.Select((p, i) => (p, i)))
        {
            var village = villages[person.VillageIndex];
            var branch = BranchOf[person.VillageIndex];
            var years = Enumerable.Range(year - 1 - person.EarlierYears, person.EarlierYears).Where(y => y >= first).ToList();
            if (person.LastYear)
            {
                years.Add(year - 1);
            }

            years.Add(year);
            var firstYear = years.Min();
            var citizen = new Citizen(person.Name, null, person.BirthYear, person.Gender, groups[person.GroupCode].Id, village.Id, null, null);
            citizen.RecordConsent(firstYear == year ? At(year, today, 80).VietnamDay() : new DateOnly(firstYear, 2, 20), branch);
            db.Citizens.Add(citizen);

            foreach (var y in years)
            {
                var current = y == year;
                var channel = current && person.LastYear ? RegistrationChannel.CarriedOver : RegistrationChannel.Branch;
                var registration = new CdhtRegistration(citizen, y, channel, branch, current ? At(year, today, 75) : Past(y, 3, 1));
                db.Registrations.Add(registration);
                cards.Add(new DemoCard(person, y, registration));

                var stage = current ? person.Stage
                    : y == year - 1 && person.FailedLastYear ? DemoStage.FailsMinimum
                    : DemoStage.Recognised;
                if (stage == DemoStage.Registered)
                {
                    continue;
                }

                var (rule, designation) = ruleOf[y](village.Path);
                var appraised = DemoCards.AppraisedScores(stage, rule.Threshold, seed: index * 31 + y);
                var adjusted = person.Adjusted && (current || stage != DemoStage.Recognised);
                var self = DemoCards.SelfScores(appraised, adjusted);
                var selfInputs = IndicatorDefinition.Codes.Select((code, i) => new IndicatorInput(code, self[i], DemoCards.EvidenceNote(i, y))).ToList();
                registration.RecordSelfAssessment(selfInputs, citizen.HasConsent, branch, onBehalf: true, current ? At(year, today, 40) : Past(y, 9, 10));
                if (stage == DemoStage.SelfAssessed)
                {
                    continue;
                }

                var lowered = adjusted ? DemoCards.AdjustedIndicators(appraised) : [];
                var appraisal = IndicatorDefinition.Codes.Select((code, i) => new IndicatorInput(code, appraised[i],
                    self[i] != appraised[i] && lowered.Contains(i) ? DemoCards.AdjustmentReason(i) : null)).ToList();
                var result = registration.Appraise(appraisal, rule, citizen.HasConsent, branch, current ? At(year, today, 25) : Past(y, 10, 5),
                    designation);
                var shouldPass = stage is not (DemoStage.FailsTotal or DemoStage.FailsMinimum or DemoStage.FailsBoth);
                if (result.Passed != shouldPass)
                {
                    throw new InvalidOperationException($"Demo card of {person.Name} ({y}): the rule judged {result.Label}, the demo meant otherwise.");
                }

                if (y < year - 1)
                {
                    // An earlier year entered from the commune's paper decision of that December, confirmed by the commune.
                    registration.RecordPastRecognition($"{1200 + y % 100}/QĐ-UBND", new DateOnly(y, 12, 15), withoutDecision: false, year);
                    registration.ConfirmPast(officerOf(village), Past(y + 1, 1, 10), year);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var card in cards.Where(c => c.Person.EvidenceFile && c.Year == year))
        {
            var pdf = DemoCards.CertificatePdf(card.Person.Name, year);
            db.EvidenceFiles.Add(new EvidenceFile(card.Registration.Id, "TC1.2", "giay-chung-nhan-tap-huan.pdf",
                EvidenceFile.DetectContentType(pdf) ?? throw new InvalidOperationException("Demo evidence is not a PDF."), pdf,
                BranchOf[card.Person.VillageIndex], At(year, today, 40)));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return cards;
    }

    /// <summary>
    /// The approval route as the demo accounts would walk it, each acting with their own rights through the inbox's service:
    /// last year's candidates to recognition and the district's decision, then this year's to where they wait.
    /// </summary>
    private async Task RunRouteAsync(IReadOnlyList<DemoCard> cards, IReadOnlyList<AdministrativeUnit> villages, int year, DateOnly today,
        CancellationToken cancellationToken)
    {
        var scopes = new Dictionary<string, UnitScope>();
        foreach (var userName in BranchOf.Concat(["ubndxa", "ubndvinh", "phonggd"]))
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName, cancellationToken);
            scopes[userName] = UnitScope.From(await principals.CreateAsync(user));
        }

        string CommuneOfficer(DemoCard card) => card.Person.VillageIndex < 4 ? "ubndxa" : "ubndvinh";

        // Last year: every passing card proposed, forwarded and recognised, then one decision of the district for all of them.
        var lastYear = cards.Where(c => c.Year == year - 1 && c.Registration.Passed == true).ToList();
        await ActAsync(lastYear, c => BranchOf[c.Person.VillageIndex], ApprovalAction.Propose, 0, Past(year - 1, 11, 12), null, cancellationToken);
        await ActAsync(lastYear, CommuneOfficer, ApprovalAction.Forward, 1, Past(year - 1, 11, 26), null, cancellationToken);
        await ActAsync(lastYear, _ => "phonggd", ApprovalAction.Approve, 2, Past(year - 1, 12, 8), null, cancellationToken);

        var district = scopes["phonggd"].Grants.Single();
        var decisionDay = new DateOnly(year - 1, 12, 15);
        await decisions.IssueAsync(new RecognitionDecision
        {
            Number = "1258/QĐ-UBND", Date = decisionDay, Year = year - 1, UnitId = district.UnitId, IssuingBody = "UBND HUYỆN QUẢNG ĐIỀN",
            SignerName = "Hoàng Minh Đức", SignerPosition = "PHÓ CHỦ TỊCH", CreatedBy = "phonggd", CreatedAt = Past(year - 1, 12, 15),
        }, district.LevelCode, lastYear.Select(c => c.Registration.Id).ToList(), cancellationToken);

        // This year: proposed by the branches, one returned by the commune, the rest forwarded, recognised or refused by the district.
        var thisYear = cards.Where(c => c.Year == year).ToList();
        List<DemoCard> Staged(params DemoStage[] stages) => thisYear.Where(c => stages.Contains(c.Person.Stage)).ToList();
        await ActAsync(Staged(DemoStage.AtCommune, DemoStage.AtDistrict, DemoStage.Recognised, DemoStage.Returned, DemoStage.Rejected),
            c => BranchOf[c.Person.VillageIndex], ApprovalAction.Propose, 0, At(year, today, 15), null, cancellationToken);
        await ActAsync(Staged(DemoStage.Returned), CommuneOfficer, ApprovalAction.Return, 1, At(year, today, 6), ReturnReason, cancellationToken);
        await ActAsync(Staged(DemoStage.AtDistrict, DemoStage.Recognised, DemoStage.Rejected), CommuneOfficer, ApprovalAction.Forward, 1,
            At(year, today, 8), null, cancellationToken);
        await ActAsync(Staged(DemoStage.Recognised), _ => "phonggd", ApprovalAction.Approve, 2, At(year, today, 3), null, cancellationToken);
        await ActAsync(Staged(DemoStage.Rejected), _ => "phonggd", ApprovalAction.Reject, 2, At(year, today, 2), RejectReason, cancellationToken);

        async Task ActAsync(IReadOnlyList<DemoCard> subject, Func<DemoCard, string> actor, ApprovalAction action, int version, DateTimeOffset at,
            string? comment, CancellationToken token)
        {
            _at.Now = at;
            var approvals = new ApprovalService(db, _at);
            foreach (var group in subject.GroupBy(actor))
            {
                var outcomes = await approvals.ApplyAsync(scopes[group.Key], group.Key, action,
                    group.Select(c => (c.Registration.Id, version)).ToList(), comment, token);
                if (outcomes.FirstOrDefault(o => !o.Succeeded) is { } refused)
                {
                    throw new InvalidOperationException($"Demo {action} by {group.Key} refused for {refused.CitizenName}: {refused.Message}");
                }
            }
        }
    }

    /// <summary>
    /// This year's deadlines moved just ahead of today (the branches' in 5 days, the report in 12, never past 31/12), so the
    /// demo shows work due soon whatever day it starts; the programme's own dates stay for the other years.
    /// </summary>
    private async Task MoveDeadlinesAsync(int year, DateOnly today, CancellationToken cancellationToken)
    {
        var endOfYear = new DateOnly(year, 12, 31);
        var deadlines = await db.Deadlines.Where(d => d.Year == year).OrderBy(d => d.DueDate).ToListAsync(cancellationToken);
        foreach (var (deadline, i) in deadlines.Select((d, i) => (d, i)))
        {
            var due = today.AddDays(i == 0 ? 5 : 12);
            deadline.DueDate = due > endOfYear ? endOfYear : due;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A moment of this year, <paramref name="daysAgo"/> days before today at 09:00 in Vietnam, never before 1 January.</summary>
    private DateTimeOffset At(int year, DateOnly today, int daysAgo)
    {
        var day = today.AddDays(-daysAgo);
        var start = new DateOnly(year, 1, 1);
        var at = new DateTimeOffset((day < start ? start : day).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        var now = clock.GetUtcNow();
        return at > now ? now : at;
    }

    /// <summary>A moment of an earlier year (09:00 in Vietnam).</summary>
    private static DateTimeOffset Past(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The time the approval service stamps on each move: the day the demo says it was made.</summary>
    private sealed class StepClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

internal static class DemoTimes
{
    /// <summary>The Vietnamese calendar day of a moment.</summary>
    public static DateOnly VietnamDay(this DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, VietnamClock.TimeZone).DateTime);
}
