using FluentValidation;
using LearningSociety.Domain;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Catalogue;

/// <summary>
/// Administrators keep the indicator texts per citizen group and the recognition rules. Texts are
/// versioned by year: editing the wording for a year adds a version, earlier years keep theirs.
/// </summary>
[Authorize(Roles = PortalRoles.SystemAdministrator)]
public sealed class CatalogueController(AppDbContext db, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int? groupId, int? year)
    {
        var groups = await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(HttpContext.RequestAborted);
        var group = groups.FirstOrDefault(g => g.Id == groupId) ?? groups.First();
        var selectedYear = year ?? new VietnamClock(clock).Today().Year;
        var definitions = IndicatorDefinition.VersionFor(
            await db.IndicatorDefinitions.AsNoTracking().Where(d => d.GroupId == group.Id).ToListAsync(HttpContext.RequestAborted), group.Id, selectedYear);
        var rules = await db.RecognitionRules.AsNoTracking().OrderBy(r => r.ValidFromYear).ThenBy(r => r.ForDisadvantagedCommunes).ToListAsync(HttpContext.RequestAborted);
        var scopeNames = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => rules.Select(r => r.ScopeUnitId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, HttpContext.RequestAborted);
        return View(new CatalogueViewModel(groups, group, selectedYear, definitions, rules, scopeNames));
    }

    [HttpGet]
    public async Task<IActionResult> EditIndicator(int id, int year)
    {
        var definition = await db.IndicatorDefinitions.AsNoTracking().Include(d => d.Group).FirstOrDefaultAsync(d => d.Id == id, HttpContext.RequestAborted);
        return definition is null
            ? NotFound()
            : View(new IndicatorInput
            {
                Id = id, ConcurrencyStamp = definition.ConcurrencyStamp, Year = year, Code = definition.Code, GroupName = definition.Group.Name, Text = definition.Text,
                Guidance = definition.Guidance, IsDraft = definition.IsDraft, CurrentVersionYear = definition.ValidFromYear,
            });
    }

    /// <summary>What a refused save says: someone saved the record after this form was opened; nothing of this form was saved.</summary>
    public const string ChangedMeanwhile = "Mục này vừa được người khác thay đổi trong lúc bạn sửa nên thay đổi của bạn chưa được lưu; xem nội dung vừa lưu rồi sửa lại.";

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> EditIndicator(IndicatorInput input)
    {
        var definition = await db.IndicatorDefinitions.Include(d => d.Group).FirstOrDefaultAsync(d => d.Id == input.Id, HttpContext.RequestAborted);
        if (definition is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            input.Code = definition.Code;
            input.GroupName = definition.Group.Name;
            input.CurrentVersionYear = definition.ValidFromYear;
            return View(input);
        }

        var sameYear = await db.IndicatorDefinitions.FirstOrDefaultAsync(d =>
            d.GroupId == definition.GroupId && d.Code == definition.Code && d.ValidFromYear == input.Year, HttpContext.RequestAborted);
        if (sameYear is not null)
        {
            if (sameYear.Id == definition.Id && sameYear.ConcurrencyStamp != input.ConcurrencyStamp)
            {
                // Another administrator saved this version after the form was opened: theirs stands, shown with the form.
                ModelState.AddModelError(string.Empty, ChangedMeanwhile
                    + $" Nội dung vừa lưu: \"{sameYear.Text}\"{(sameYear.IsDraft ? " (dự thảo)" : string.Empty)}.");
                input.Code = definition.Code;
                input.GroupName = definition.Group.Name;
                input.CurrentVersionYear = definition.ValidFromYear;
                input.ConcurrencyStamp = sameYear.ConcurrencyStamp;
                ModelState.Remove(nameof(input.ConcurrencyStamp));
                return View(input);
            }

            sameYear.Edit(input.Text, input.Guidance ?? string.Empty, input.IsDraft);
        }
        else
        {
            db.IndicatorDefinitions.Add(new IndicatorDefinition(definition.Code, definition.GroupId, input.Year, input.Text.Trim(),
                (input.Guidance ?? string.Empty).Trim(), input.IsDraft));
        }

        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, ChangedMeanwhile);
            input.Code = definition.Code;
            input.GroupName = definition.Group.Name;
            input.CurrentVersionYear = definition.ValidFromYear;
            return View(input);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another administrator created this year's version a moment ago; theirs stands, this form shows again.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(input.Year),
                $"Phiên bản năm {input.Year} của chỉ số này vừa được người khác tạo; nội dung bạn nhập chưa được lưu. Hãy mở lại chỉ số để xem rồi sửa.");
            input.Code = definition.Code;
            input.GroupName = definition.Group.Name;
            input.CurrentVersionYear = definition.ValidFromYear;
            return View(input);
        }

        TempData["Success"] = sameYear is null
            ? $"Đã tạo phiên bản năm {input.Year} của chỉ số {ScorecardEvaluation.DisplayCode(definition.Code)}; các năm trước giữ nội dung cũ."
            : $"Đã lưu chỉ số {ScorecardEvaluation.DisplayCode(definition.Code)} (phiên bản năm {input.Year}).";
        return RedirectToAction(nameof(Index), new { groupId = definition.GroupId, year = input.Year });
    }

    [HttpGet]
    public async Task<IActionResult> Rule(int? id)
    {
        var input = new RuleInput { ValidFromYear = new VietnamClock(clock).Today().Year, Threshold = 80, MinPerIndicator = 5, ConsecutiveYears = 5,
            DigitalSkillsCutOff = RecognitionRule.DefaultDigitalSkillsCutOff };
        if (id is not null)
        {
            var rule = await db.RecognitionRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
            if (rule is null)
            {
                return NotFound();
            }

            input = new RuleInput
            {
                Id = rule.Id, ConcurrencyStamp = rule.ConcurrencyStamp, Name = rule.Name, ValidFromYear = rule.ValidFromYear, ScopeUnitId = rule.ScopeUnitId,
                ForDisadvantaged = rule.ForDisadvantagedCommunes, Threshold = rule.Threshold, MinPerIndicator = rule.MinPerIndicator,
                ConsecutiveYears = rule.ConsecutiveYearsForOutstanding, DigitalSkillsCutOff = rule.DigitalSkillsCutOff,
            };
        }

        input.Units = await UnitOptionsAsync();
        return View(input);
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Rule(RuleInput input)
    {
        if (ModelState.IsValid)
        {
            try
            {
                if (input.Id is int id)
                {
                    var rule = await db.RecognitionRules.FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
                    if (rule is null)
                    {
                        return NotFound();
                    }

                    if (input.ConcurrencyStamp != rule.ConcurrencyStamp)
                    {
                        // Another administrator changed the rule after the form was opened: theirs stands and is shown.
                        ModelState.AddModelError(string.Empty, ChangedMeanwhile + $" Quy định vừa lưu: từ {rule.Threshold} điểm, không chỉ số nào dưới "
                            + $"{rule.MinPerIndicator}, {rule.ConsecutiveYearsForOutstanding} năm liền, kỹ năng số từ {rule.DigitalSkillsCutOff} điểm.");
                        input.ConcurrencyStamp = rule.ConcurrencyStamp;
                        ModelState.Remove(nameof(input.ConcurrencyStamp));
                        input.Units = await UnitOptionsAsync();
                        return View(input);
                    }

                    rule.Change(input.Threshold!.Value, input.MinPerIndicator!.Value, input.ConsecutiveYears!.Value, input.DigitalSkillsCutOff!.Value);
                }
                else
                {
                    db.RecognitionRules.Add(new RecognitionRule(input.Name.Trim(), input.ValidFromYear!.Value, input.ScopeUnitId,
                        input.ForDisadvantaged, input.Threshold!.Value, input.MinPerIndicator!.Value, input.ConsecutiveYears!.Value,
                        input.DigitalSkillsCutOff!.Value));
                }

                await db.SaveChangesAsync(HttpContext.RequestAborted);
                TempData["Success"] = "Đã lưu quy định công nhận. Các phiếu đã thẩm định giữ ngưỡng đã dùng khi thẩm định.";
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty, ChangedMeanwhile);
            }
        }

        input.Units = await UnitOptionsAsync();
        return View(input);
    }

    private async Task<IReadOnlyList<SelectListItem>> UnitOptionsAsync()
        => UnitTree.Options(await User.Scope().Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
                .Where(u => u.Level.Code != LearningSociety.Domain.Units.AdministrativeLevel.Village)
                .Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(HttpContext.RequestAborted),
            u => u.Id, u => u.Path, u => u.Name);
}
