import type { Plural } from "../types";
import type { enInternship } from "./en";

export const azInternship: {
  [K in keyof typeof enInternship]: (typeof enInternship)[K] extends string ? string : Plural;
} = {
  "internship.state.proposed": "Təklif edilib",
  "internship.state.host_accepted": "Qəbul edən tərəf razılaşıb",
  "internship.state.agreed": "Razılaşdırılıb",
  "internship.state.under_way": "Davam edir",
  "internship.state.evaluated": "Qiymətləndirilib",
  "internship.state.closed": "Bağlanıb",
  "internship.state.withdrawn": "Geri götürülüb",
  "internship.kind.mid": "Aralıq qiymətləndirmə",
  "internship.kind.final": "Yekun qiymətləndirmə",

  "internship.title": "Təcrübə keçmə",
  "internship.count": { one: "{count} təcrübə keçmə", other: "{count} təcrübə keçmə" },
  "internship.new": "Yeni təcrübə keçmə",
  "internship.filters": "Təcrübə keçmə filtrləri",
  "internship.empty":
    "Hələ təcrübə keçmə yoxdur. Birincisini «Yeni təcrübə keçmə» düyməsi ilə əlavə edin.",
  "internship.noMatches": "Bu filtrlərə uyğun təcrübə keçmə yoxdur.",
  "internship.listLabel": "Təcrübə keçmə",
  "internship.col.title": "Təcrübə keçmə",
  "internship.col.host": "Qəbul edən tərəf",

  "internship.back": "Bütün təcrübə keçmələr",
  "internship.status": "Status",
  "internship.facts": "Təcrübə keçmə haqqında",
  "internship.since": "Başlayıb: {date}",
  "internship.hoursEarned": "Toplanmış saatlar",
  "internship.hoursEarnedHint":
    "İştirak edilən günlər həftəlik saatlarla; heç bir gün qeyd edilməyənə qədər — planlaşdırılan həftələr.",
  "internship.withdrawnBecause": "Geri götürülüb: {reason}",
  "internship.nextSteps": "Növbəti addımlar",
  "internship.next.host_accepted": "Qəbul edən tərəf razılaşdı",
  "internship.next.proposed": "«Təklif edilib» vəziyyətinə qaytar",
  "internship.next.agreed": "Təcrübə keçməni razılaşdır",
  "internship.next.under_way": "Davam edən kimi qeyd et",
  "internship.next.closed": "Təcrübə keçməni bağla",
  "internship.next.withdrawn": "Təcrübə keçməni geri götür",
  "internship.withdrawReason": "Təcrübə keçmə niyə geri götürülür?",
  "internship.withdrawConfirm": "Təcrübə keçməni geri götür",
  "internship.reasonKept": "Səbəb təcrübə keçmə ilə birlikdə saxlanılır.",
  "internship.keep": "Geri götürmə",
  "internship.amendingNote":
    "Təcrübə keçmə razılaşdırılıb: indi onun planındakı hər dəyişiklik səbəbi ilə edilir və «Dəyişikliklər» siyahısında göstərilir.",
  "internship.closedNote": "Təcrübə keçmə bağlanıb; onun planı artıq dəyişmir.",
  "internship.withdrawnNote": "Təcrübə keçmə geri götürülüb; onu artıq dəyişmək olmaz.",
  "internship.editDetails": "Planı redaktə et",
  "internship.amendmentsNone": "Təcrübə keçmə razılaşdırılandan bəri dəyişiklik olmayıb.",

  "internship.objectives": "Təlim məqsədləri",
  "internship.noObjectives": "Təlim məqsədləri hələ göstərilməyib.",
  "internship.units": "Qəbul edən tərəfin bölmələri",
  "internship.noUnits": "Bölmələr hələ göstərilməyib.",
  "internship.mentor": "Mentor",
  "internship.noMentor": "Mentor hələ təyin edilməyib.",
  "internship.fromRegister": "reyestrdən",

  "internship.form.new": "Yeni təcrübə keçmə",
  "internship.form.edit": "Təcrübə keçmənin planı",
  "internship.form.who": "Təcrübəçi və qəbul edən tərəf",
  "internship.form.when": "Tarixlər və saatlar",
  "internship.form.internHint": "Təcrübə keçməyə göndərilən əməkdaş; onu öz agentliyi göndərir.",
  "internship.form.titlePlaceholder":
    "Boş qalsa, təcrübəçinin və qəbul edən tərəfin adından düzəldilir",
  "internship.form.hoursHint":
    "1-dən 60-a qədər; toplanmış saatlar iştirak günlərinə görə hesablanır.",
  "internship.form.hoursRange": "Həftəlik saatları 1-dən 60-a qədər daxil edin.",
  "internship.form.actualHint": "Təcrübə keçmə başlayandan sonra.",
  "internship.form.unitsHint":
    "Təcrübəçinin növbə ilə işlədiyi qəbul edən tərəfin bölmələri, təcrübə keçmə günləri daxilində.",
  "internship.form.unit": "Bölmə {n}",
  "internship.form.addUnit": "Bölmə əlavə et",
  "internship.form.mentorHint": "Təcrübə keçmə razılaşdırılmazdan əvvəl lazımdır.",
  "internship.form.mentorKind": "Mentor",
  "internship.form.mentorKind.register": "Reyestrdəki əməkdaş",
  "internship.form.mentorKind.outsider": "Kənardan olan şəxs",
  "internship.form.objectivesHint":
    "Hər sətirdə bir məqsəd; təcrübə keçmə razılaşdırılmazdan əvvəl ən azı biri lazımdır.",
  "internship.form.objective": "Məqsəd {n}",
  "internship.form.addObjective": "Məqsəd əlavə et",
  "internship.form.reasonRequired":
    "Təcrübə keçmə razılaşdırılıb: planın niyə dəyişdiyini yazın (dəyişiklik dəyişikliklər siyahısında saxlanılır).",

  "internship.weeks": "Həftəlik gündəlik",
  "internship.weeksHint":
    "Təcrübəçi hər həftəni yazır, mentor şərh verir. Təcrübə keçmə davam edərkən yazılır.",
  "internship.week": "Həftə {n}: {days}",
  "internship.weekEmpty": "Hələ heç nə yazılmayıb.",
  "internship.weekWrite": "Yaz",
  "internship.weekSave": "Həftəni yadda saxla",
  "internship.internEntryHint": "Təcrübəçi bu həftə nə etdi və nə öyrəndi.",

  "internship.days": "Davamiyyət",
  "internship.daysHint": "Günü qeyd etmək üçün basın: gəldi, sonra gəlmədi, sonra üzrlü.",
  "internship.daysWhen": "Günlər təcrübə keçmə davam edərkən qeyd edilir.",
  "internship.dayCounts": "{days} iş günündən {present} gün gəlib ({marked} gün qeyd edilib).",
  "internship.weekCol": "Həftə",
  "internship.weekPresent": "Bütün həftəni «Gəldi» kimi qeyd et",
  "internship.dayOutside": "Təcrübə keçmə günü deyil",

  "internship.evaluations": "Mentorun qiymətləndirmələri",
  "internship.evaluation.none": "Hələ qeyd edilməyib.",
  "internship.evaluation.by": "Qiymətləndirən: {name}, {date}",
  "internship.evaluation.fromPaper": "kağız blankdan daxil edilib",
  "internship.evaluation.fromPaperBox": "Mentorun doldurub imzaladığı kağız blankdan daxil edildi",
  "internship.evaluation.record": "Qiymətləndirməni qeyd et",
  "internship.evaluation.correct": "Düzəlt",
  "internship.evaluation.evaluatorHint": "Mentor, imzaladığı kimi.",
  "internship.evaluation.scale":
    "Hər məqsəd üçün: 1 — gözləniləndən xeyli aşağı … 5 — gözləniləndən xeyli yuxarı.",
  "internship.evaluation.pickScore": "1-dən 5-ə qədər bal seçin.",
  "internship.evaluation.overall": "Ümumi şərh",
  "internship.evaluation.noObjectives":
    "Mentor hər təlim məqsədini qiymətləndirir: əvvəlcə məqsədləri razılaşdırın.",
  "internship.evaluation.print": "Blankı çap et",
  "internship.evaluation.printing": "Blank hazırlanır…",
  "internship.evaluation.formDialog": "Qiymətləndirmə blankını yadda saxla",
  "internship.evaluation.printed": "«{kind}» blankı yadda saxlanıldı: {path}",
  "internship.pdfFilter": "PDF sənədləri",

  "internship.report": "Təcrübəçinin hesabatı",
  "internship.report.text": "Hesabat",
  "internship.report.hint": "Təcrübəçi nə öyrəndi və öz işində nəyi tətbiq edəcək.",
  "internship.report.save": "Hesabatı yadda saxla",
  "internship.report.saved": "Hesabat yadda saxlanıldı.",
  "internship.report.submitted": "Təqdim edilib: {date}",
  "internship.report.none": "Hələ hesabat yoxdur.",

  "internship.certificate": "Sertifikat",
  "internship.certificate.number": "Sertifikatın nömrəsi",
  "internship.certificate.register": "Sertifikatlara keç",
  "internship.certificate.issue": "Sertifikat ver",
  "internship.certificate.issuing": "Sertifikat verilir…",
  "internship.certificate.needs":
    "Sertifikat mentorun yekun qiymətləndirməsi qeyd edildikdən sonra verilir.",
  "internship.certificate.none": "Sertifikat hələ verilməyib.",

  "internship.ofPerson": "Təcrübə keçmə",
  "internship.ofPersonNone": "Təcrübə keçməyib.",
};
