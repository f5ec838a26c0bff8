using System.Globalization;
using LearningSociety.Domain;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Data;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Scorecards;

/// <summary>
/// A citizen's card for one year: self-assessment with evidence, then the village branch's appraisal.
/// The verdict always comes from <see cref="ScorecardEvaluation"/>; the page's live total is only a preview.
/// </summary>
public sealed partial class ScorecardsController(AppDbContext db, TimeProvider clock, RecognitionRuleLookup rules, AuditLog audit) : Controller
{
    /// <summary>The most a self-assessment's evidence files may weigh together (the page checks it before sending).</summary>
    public const long MaxTotalFileBytes = 50 * 1024 * 1024;

    /// <summary>The files plus the scores, notes and multipart framing: a longer post is refused before it is read (413).</summary>
    public const long MaxRequestBytes = MaxTotalFileBytes + (1024 * 1024);

    public async Task<IActionResult> Show(int id)
    {
        var card = await LoadCardAsync(id);
        return card is null ? NotFound() : View(card);
    }

    [HttpGet]
    public async Task<IActionResult> SelfAssessment(int id)
    {
        var card = await LoadCardAsync(id);
        if (card is null || !card.CanEdit)
        {
            return NotFound();
        }

        var input = new ScorecardInput
        {
            ConcurrencyStamp = card.ConcurrencyStamp,
            Indicators = card.Indicators.Select(i => new IndicatorScoreInput { Code = i.Code, Score = i.SelfScore, Note = i.EvidenceNote }).ToList(),
        };
        return View("Form", new ScorecardFormViewModel(card, input, IsAppraisal: false));
    }

    [HttpPost]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    [RefuseOversizedBody(MaxRequestBytes)]
    [OncePerForm]
    public async Task<IActionResult> SelfAssessment(int id, ScorecardInput input)
    {
        var registration = await FindEditableAsync(id);
        if (registration is null)
        {
            return NotFound();
        }

        var files = await ReadEvidenceAsync(input);
        if (ModelState.IsValid)
        {
            try
            {
                registration.RecordSelfAssessment(input.ToDomain(), registration.Citizen.HasConsent, User.Identity!.Name!, input.OnBehalf, clock.GetUtcNow());
                foreach (var (name, type, content) in files)
                {
                    db.EvidenceFiles.Add(new EvidenceFile(registration.Id, NullIfEmpty(input.FileIndicator), name, type, content,
                        User.Identity!.Name!, clock.GetUtcNow()));
                }

                if (await SaveAsync(registration, input.ConcurrencyStamp))
                {
                    TempData["Success"] = "Đã lưu phiếu tự đánh giá.";
                    return RedirectToAction(nameof(Show), new { id });
                }
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        return await RedisplayAsync(id, input, isAppraisal: false);
    }

    [HttpGet]
    public async Task<IActionResult> Appraisal(int id)
    {
        var card = await LoadCardAsync(id);
        if (card is null || !card.CanEdit)
        {
            return NotFound();
        }

        // The appraiser starts from the citizen's own scores and changes what the evidence does not support.
        var input = new ScorecardInput
        {
            ConcurrencyStamp = card.ConcurrencyStamp,
            Indicators = card.Indicators.Select(i => new IndicatorScoreInput
            {
                Code = i.Code, Score = i.AppraisedScore ?? i.SelfScore, Note = i.AppraisalReason,
            }).ToList(),
        };
        return View("Form", new ScorecardFormViewModel(card, input, IsAppraisal: true));
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Appraisal(int id, ScorecardInput input)
    {
        var registration = await FindEditableAsync(id);
        if (registration is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var judging = await rules.JudgingAsync(registration.VillageId, registration.Year, HttpContext.RequestAborted);
                var result = registration.Appraise(input.ToDomain(), judging.Rule, registration.Citizen.HasConsent, User.Identity!.Name!,
                    clock.GetUtcNow(), judging.Designation);
                if (await SaveAsync(registration, input.ConcurrencyStamp))
                {
                    TempData["Success"] = $"Đã lưu kết quả thẩm định: {result.Label} ({string.Join("; ", result.Reasons)}).";
                    return RedirectToAction(nameof(Show), new { id });
                }
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        return await RedisplayAsync(id, input, isAppraisal: true);
    }

    /// <summary>Evidence is personal data: served only to users who may see the village, every download audited, sent as a file that no cache keeps.</summary>
    public async Task<IActionResult> Evidence(int id)
    {
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, HttpContext.RequestAborted);
        if (file is null || await VisibleRegistrationAsync(file.RegistrationId) is null)
        {
            return NotFound();
        }

        await audit.RecordAsync("Export", nameof(EvidenceFile), id.ToString(CultureInfo.InvariantCulture), $"Tải minh chứng của phiếu {file.RegistrationId}");
        Shared.PersonalFileResponse.SendAsPersonalFile(Response, file.FileName);
        return File(file.Content, file.ContentType);
    }

    [HttpPost]
    public async Task<IActionResult> DeleteEvidence(int id)
    {
        var file = await db.EvidenceFiles.FirstOrDefaultAsync(f => f.Id == id, HttpContext.RequestAborted);
        var registration = file is null ? null : await FindEditableAsync(file.RegistrationId);
        if (file is null || registration is null)
        {
            return NotFound();
        }

        if (registration.IsLocked)
        {
            TempData["Error"] = "Phiếu đã được đề nghị lên cấp trên, không thể xóa minh chứng.";
        }
        else
        {
            db.EvidenceFiles.Remove(file);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            TempData["Success"] = "Đã xóa minh chứng.";
        }

        return RedirectToAction(nameof(Show), new { id = registration.Id });
    }

    private async Task<bool> SaveAsync(CdhtRegistration registration, Guid postedStamp)
    {
        // The stamp the user loaded is the one the update must still find, or someone else saved in between.
        db.Entry(registration).Property(r => r.ConcurrencyStamp).OriginalValue = postedStamp;
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            foreach (var entry in db.ChangeTracker.Entries().ToList())
            {
                entry.State = EntityState.Detached;
            }

            ModelState.AddModelError(string.Empty,
                "Phiếu vừa được người khác cập nhật. Dữ liệu mới nhất đã được tải lại bên dưới; điểm bạn vừa nhập chưa được lưu, vui lòng kiểm tra và lưu lại.");
            return false;
        }
    }

    private async Task<IActionResult> RedisplayAsync(int id, ScorecardInput input, bool isAppraisal)
    {
        var card = await LoadCardAsync(id);
        if (card is null)
        {
            return NotFound();
        }

        input.ConcurrencyStamp = card.ConcurrencyStamp;
        input.Files = [];
        return View("Form", new ScorecardFormViewModel(card, input, isAppraisal));
    }

    private async Task<List<(string Name, string Type, byte[] Content)>> ReadEvidenceAsync(ScorecardInput input)
    {
        var files = new List<(string, string, byte[])>();
        if (input.Files.Sum(f => f.Length) > MaxTotalFileBytes)
        {
            // Within the request's limit (the scores and notes are small) but not within the files' own.
            ModelState.AddModelError(nameof(input.Files), EvidenceLimits.TotalTooLarge);
            return files;
        }

        foreach (var file in input.Files.Where(f => f.Length > 0))
        {
            var name = Path.GetFileName(file.FileName);
            if (name.Length > EvidenceFile.MaxFileNameLength)
            {
                ModelState.AddModelError(nameof(input.Files),
                    $"Tên tệp \"{name[..Math.Min(name.Length, 60)]}…\" dài quá {EvidenceFile.MaxFileNameLength} ký tự; hãy đổi tên tệp rồi tải lại.");
                continue;
            }

            if (file.Length > EvidenceFile.MaxBytes)
            {
                ModelState.AddModelError(nameof(input.Files), EvidenceLimits.FileTooLarge(name));
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            var content = buffer.ToArray();
            var type = EvidenceFile.DetectContentType(content.AsSpan(0, Math.Min(16, content.Length)));
            if (type is null)
            {
                ModelState.AddModelError(nameof(input.Files), $"Tệp \"{name}\" không phải PDF, JPG hoặc PNG.");
                continue;
            }

            files.Add((name, type, content));
        }

        return files;
    }

    private async Task<CdhtRegistration?> FindEditableAsync(int id)
    {
        var registration = await db.Registrations.Include(r => r.Entries).Include(r => r.Citizen).Include(r => r.Village)
            .FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        return registration is not null && User.Scope().CanKeepRegisterAt(registration.Village.Path) ? registration : null;
    }

    private Task<string?> VisibleRegistrationAsync(int registrationId)
        => User.Scope().Filter(db.Registrations.AsNoTracking(), r => r.Village.Path)
            .Where(r => r.Id == registrationId).Select(r => r.Village.Path).FirstOrDefaultAsync(HttpContext.RequestAborted);

    private async Task<ScorecardViewModel?> LoadCardAsync(int id)
    {
        var scope = User.Scope();
        var registration = await scope.Filter(db.Registrations.AsNoTracking(), r => r.Village.Path)
            .Include(r => r.Entries).Include(r => r.Citizen).Include(r => r.Village).Include(r => r.Group)
            .FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (registration is null)
        {
            return null;
        }

        var definitions = IndicatorDefinition.VersionFor(
            await db.IndicatorDefinitions.AsNoTracking().Where(d => d.GroupId == registration.GroupId).ToListAsync(HttpContext.RequestAborted),
            registration.GroupId, registration.Year);
        var entries = registration.Entries.ToDictionary(e => e.Code);
        var lines = definitions.Select(d =>
        {
            entries.TryGetValue(d.Code, out var e);
            return new IndicatorLine(d.Code, d.Criterion, d.Text, d.Guidance, d.IsDraft, e?.SelfScore, e?.EvidenceNote, e?.AppraisedScore, e?.AppraisalReason);
        }).ToList();
        var evidence = await db.EvidenceFiles.AsNoTracking().Where(f => f.RegistrationId == id).OrderBy(f => f.Id)
            .Select(f => new EvidenceLine(f.Id, f.IndicatorCode, f.FileName, f.ContentType, f.Length, f.UploadedBy, f.UploadedAt))
            .ToListAsync(HttpContext.RequestAborted);
        var rule = await rules.ForVillageAsync(registration.VillageId, registration.Year, HttpContext.RequestAborted);

        // The verdict shown is the one stored with the card, under the rule it was judged with: never today's rule.
        var verdict = registration.Verdict();
        var judged = verdict is null ? null
            : new JudgedUnder(verdict.Threshold, verdict.MinPerIndicator, registration.AppraisalRuleName, registration.AppraisalDesignation);
        var hasCandidate = await db.Candidates.AnyAsync(c => c.RegistrationId == id, HttpContext.RequestAborted);
        var past = registration.Year < CurrentYear && !hasCandidate && registration.Passed == true
            ? new PastRecognition(registration.PastDecisionNumber, registration.PastDecisionDate, registration.PastWithoutDecision,
                registration.PastConfirmedBy, registration.PastConfirmedAt,
                scope.CanKeepRegisterAt(registration.Village.Path) && !registration.IsPastConfirmed,
                scope.CanConfirmPastAt(registration.Village.Path))
            : null;
        return new ScorecardViewModel(registration.Id, registration.CitizenId, registration.Citizen.FullName, registration.Village.Name,
            registration.Year, registration.Group.Name, registration.Status, registration.IsLocked, registration.Citizen.HasConsent,
            registration.ConcurrencyStamp, lines, evidence, rule, verdict, registration.SelfAssessedBy,
            registration.SelfAssessedAt, registration.SelfAssessedOnBehalf, registration.AppraisedBy, registration.AppraisedAt,
            scope.CanKeepRegisterAt(registration.Village.Path) && !registration.IsLocked, judged, past);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>The evidence upload's limits in words, the same on the page (its script) and from the server.</summary>
public static class EvidenceLimits
{
    public static string TotalTooLarge { get; } =
        $"Tổng dung lượng các tệp chọn cùng lúc vượt quá {VietnameseFormat.Number(ScorecardsController.MaxTotalFileBytes / 1024 / 1024)} MB. "
        + "Hãy bỏ bớt tệp rồi gửi lại; điểm đã nhập vẫn giữ nguyên.";

    /// <summary>The message of one file over <see cref="EvidenceFile.MaxBytes"/>; the page's script puts the name in {0}.</summary>
    public static string FileTooLargeTemplate { get; } =
        $"Tệp \"{{0}}\" lớn hơn {VietnameseFormat.Number(EvidenceFile.MaxBytes / 1024 / 1024)} MB; hãy chọn tệp nhỏ hơn.";

    public static string FileTooLarge(string name) => string.Format(System.Globalization.CultureInfo.InvariantCulture, FileTooLargeTemplate, name);
}
