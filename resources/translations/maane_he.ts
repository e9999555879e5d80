<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AccessLogTab</name>
    <message>
        <location filename="../../desktop/families/tabs/access_log.py" line="+34"/>
        <source>No entries.</source>
        <translation>אין רשומות.</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../../desktop/audit/review.py" line="+103"/>
        <location line="+80"/>
        <source>Access log</source>
        <translation>יומן גישה</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>ID number</source>
        <translation>מספר זהות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(everyone)</source>
        <translation>(כולם)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(every action)</source>
        <translation>(כל הפעולות)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>allowed and denied</source>
        <translation>מותרות ונדחות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed only</source>
        <translation>מותרות בלבד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied only</source>
        <translation>נדחות בלבד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;מתאריך:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;עד תאריך:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show</source>
        <translation>&amp;הצגה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the events of this filter</source>
        <translation>הצגת האירועים לפי הסינון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>&amp;ניקוי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;ייצוא CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the events of this filter as a CSV file (Excel)</source>
        <translation>שמירת האירועים לפי הסינון כקובץ CSV (Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;more</source>
        <translation>הצגת &amp;עוד</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Person:</source>
        <translation>&amp;אדם:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ile number:</source>
        <translation>מס&apos; &amp;תיק:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff &amp;member:</source>
        <translation>&amp;עובד/ת:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Action:</source>
        <translation>&amp;פעולה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allo&amp;wed:</source>
        <translation>&amp;הותר:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+210"/>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+210"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+210"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+210"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>File</source>
        <translation>תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+211"/>
        <source>Person</source>
        <translation>אדם</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+210"/>
        <source>Allowed</source>
        <translation>הותר</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+11"/>
        <source>What changed</source>
        <translation>מה השתנה</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No events for this filter.</source>
        <translation>אין אירועים לפי סינון זה.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field</source>
        <translation>שדה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>לפני</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>אחרי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an event that changed a record to see what changed.</source>
        <translation>יש לבחור אירוע ששינה רשומה כדי לראות מה השתנה.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No person with this ID number.</source>
        <translation>אין אדם עם מספר זהות זה.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 events</source>
        <translation>%1 אירועים</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 files</source>
        <translation>%1 תיקים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed</source>
        <translation>הותר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>denied</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>File %1</source>
        <translation>תיק %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Denied: the attempt was refused.</source>
        <translation>נדחה: הניסיון לא הותר.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the access log</source>
        <translation>ייצוא יומן הגישה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File number</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes (old → new)</source>
        <translation>שינויים (ישן ← חדש)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved: %1</source>
        <translation>נשמר: %1</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="+363"/>
        <source>Add a member — %1</source>
        <translation>הוספת בן/בת משפחה — %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please search for the person and choose them in the list.</source>
        <translation>נא לחפש את האדם ולבחור אותו ברשימה.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../desktop/admin/staff.py" line="+92"/>
        <source>New staff account</source>
        <translation>חשבון עובד/ת חדש</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name:</source>
        <translation>שם משתמש:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name:</source>
        <translation>שם מלא:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>תפקיד:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team:</source>
        <translation>צוות:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account stays inactive until another administrator or the manager approves it.</source>
        <translation>החשבון נשאר לא פעיל עד שמנהל/ת מערכת אחר/ת או מנהל/ת המחלקה יאשרו אותו.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../desktop/committees/addendum.py" line="+22"/>
        <source>Add addendum</source>
        <translation>הוספת תוספת לפרוטוקול</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Addendum:</source>
        <translation>תוספת לפרוטוקול:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the addendum to the protocol? It can no longer be changed or removed.</source>
        <translation>להוסיף את התוספת לפרוטוקול? לאחר ההוספה לא ניתן יהיה לשנות או להסיר אותה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../desktop/clubs/adjustment_dialog.py" line="+61"/>
        <source>Exemption or discount — %1</source>
        <translation>פטור או הנחה — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Until:</source>
        <translation>&amp;עד:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;סוג:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discount a month:</source>
        <translation>&amp;הנחה לחודש:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From the month:</source>
        <translation>&amp;מחודש:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The family pays %1 a month instead of %2.</source>
        <translation>המשפחה משלמת %1 לחודש במקום %2.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../desktop/daycare/actions.py" line="+37"/>
        <source>Approve day-care — %1</source>
        <translation>אישור מעון יום — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 months on 1 September), school year %3. The parents&apos; share: %4 a month.</source>
        <translation>%1 (בגיל %2 חודשים ב-1 בספטמבר), שנת הלימודים %3. השתתפות ההורים: %4 לחודש.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approve day-care for %1? The case can no longer be changed once approved.</source>
        <translation>לאשר מעון יום עבור %1? לאחר האישור לא יהיה אפשר לשנות עוד את הבקשה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve</source>
        <translation>אישור</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="+182"/>
        <source>Attach to an existing file — referral %1</source>
        <translation>צירוף לתיק קיים — פנייה %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find the file:</source>
        <translation>&amp;חיפוש התיק:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;amily files:</source>
        <translation>תיקי מ&amp;שפחה:</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <location filename="../../desktop/clubs/attendance.py" line="+133"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>נוכח/ת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absence reason</source>
        <translation>סיבת היעדרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allergies</source>
        <translation>אלרגיות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unexplained in a row</source>
        <translation>לא מוסברות ברצף</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>present</source>
        <translation>נוכח/ת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absent</source>
        <translation>נעדר/ת</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location line="+177"/>
        <source>&amp;Day:</source>
        <translation>&amp;יום:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous club day</source>
        <translation>יום המועדונית הקודם</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next club day</source>
        <translation>יום המועדונית הבא</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;oday</source>
        <translation>&amp;היום</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save the day</source>
        <translation>&amp;שמירת היום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Month</source>
        <translation>&amp;חודש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print the month&apos;s sheet</source>
        <translation>&amp;הדפסת דף החודש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport &amp;list</source>
        <translation>&amp;רשימת הסעות</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Space: present or absent · R: the absence reason · F2: edit the note · Ctrl+S: save the day</source>
        <translation>Space: נוכח/ת או נעדר/ת · R: סיבת ההיעדרות · F2: עריכת ההערה · Ctrl+S: שמירת היום</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance of the day</source>
        <translation>נוכחות היום</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance of the month</source>
        <translation>נוכחות החודש</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 present · %2 absent with a reason · %3 unexplained · a dot: not enrolled that day · tinted: day camp · grey: closed</source>
        <translation>%1 נוכח/ת · %2 נעדר/ת עם סיבה · %3 היעדרות לא מוסברת · נקודה: לא רשום/ה באותו יום · צבוע: קייטנה · אפור: סגור</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a club to take its attendance.</source>
        <translation>יש לבחור מועדונית כדי לרשום בה נוכחות.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The club is closed on this day: no attendance is taken.</source>
        <translation>המועדונית סגורה ביום זה: לא נרשמת נוכחות.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No child is enrolled in the club on this day.</source>
        <translation>אין ילדים רשומים במועדונית ביום זה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet: save the day when the marks are right (Ctrl+S).</source>
        <translation>טרם נשמר: יש לשמור את היום כשהסימונים נכונים (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1 present, %2 absent.</source>
        <translation>נשמר: %1 נוכחים, %2 נעדרים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded yet: every child is marked present. Mark the children who are absent and save the day.</source>
        <translation>טרם נרשם: כל הילדים מסומנים כנוכחים. יש לסמן את הילדים הנעדרים ולשמור את היום.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marks not saved on: %1.</source>
        <translation>לא נשמרו סימונים בימים: %1.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Three unexplained absences in a row: a task was sent to %1 for %2.</source>
        <translation>שלוש היעדרויות לא מוסברות ברצף: נשלחה משימה אל %1 בעניין %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks for the family workers</source>
        <translation>משימות לעו&quot;ס המשפחות</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The day was changed</source>
        <translation>נוכחות היום שונתה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this day&apos;s attendance after you opened it. Reload it? Your marks are kept and put back over what was saved; then save again.</source>
        <translation>משתמש אחר שמר את נוכחות היום לאחר שפתחת אותה. לטעון אותה מחדש? הסימונים שלך יישמרו ויוחלו מחדש על מה שנשמר; לאחר מכן יש לשמור שוב.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload</source>
        <translation>טעינה מחדש</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance this month: %1 (%2 of %3 recorded child-days present; %4 unexplained absences).</source>
        <translation>נוכחות החודש: %1 (%2 מתוך %3 ימי-ילד רשומים בנוכחות; %4 היעדרויות לא מוסברות).</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../desktop/printing/batch_dialog.py" line="+30"/>
        <source>Print summaries</source>
        <translation>הדפסת סיכומים</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n family file(s) selected</source>
        <translation>
            <numerusform>נבחר תיק משפחה אחד</numerusform>
            <numerusform>נבחרו %n תיקי משפחה</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each family&apos;s language</source>
        <translation>השפה של כל משפחה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 files can be printed at once. Please select fewer files.</source>
        <translation>אפשר להדפיס עד %1 תיקים בבת אחת. נא לבחור פחות תיקים.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files:</source>
        <translation>תיקים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the forms:</source>
        <translation>&amp;שפת הטפסים:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../desktop/clubs/calendar_view.py" line="+190"/>
        <source>Clubs calendar</source>
        <translation>לוח השנה של המועדוניות</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>School year</source>
        <translation>שנת לימודים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Club</source>
        <translation>מועדונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every club (the department&apos;s calendar)</source>
        <translation>כל המועדוניות (לוח השנה של המחלקה)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School &amp;year:</source>
        <translation>&amp;שנת לימודים:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Club:</source>
        <translation>&amp;מועדונית:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The school year&apos;s days</source>
        <translation>ימי שנת הלימודים</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the day changes (required)</source>
        <translation>סיבת השינוי ביום (חובה)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hange the day</source>
        <translation>&amp;שינוי היום</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;סוג:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 only</source>
        <translation>%1 בלבד</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change applies to every club that has no day of its own.</source>
        <translation>השינוי חל על כל מועדונית שאין לה הגדרה משלה ליום זה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change applies to this club only: %1.</source>
        <translation>השינוי חל על מועדונית זו בלבד: %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Changed by the club worker: %1</source>
        <translation>שונה על ידי עו&quot;ס המועדוניות: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This club&apos;s own day (it overrides the department&apos;s calendar).</source>
        <translation>יום ייחודי למועדונית זו (גובר על לוח השנה של המחלקה).</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <location filename="../../desktop/committees/meeting_dialog.py" line="+139"/>
        <source>Cancel the meeting of %1</source>
        <translation>ביטול ישיבת הוועדה מיום %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seen by all staff: no details of families or children here</source>
        <translation>גלוי לכל הצוות: בלי פרטים על משפחות או ילדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Cancel the meeting? Its %n case(s) stay on its agenda; the participants are not told automatically.</source>
        <translation>
            <numerusform>לבטל את הישיבה? הדיון שבסדר היום יישאר בו; המשתתפים לא יקבלו על כך הודעה אוטומטית, ויש להודיע להם בנפרד.</numerusform>
            <numerusform>לבטל את הישיבה? %n הדיונים שבסדר היום יישארו בו; המשתתפים לא יקבלו על כך הודעה אוטומטית, ויש להודיע להם בנפרד.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the meeting</source>
        <translation>ביטול הישיבה</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/committees/case_dialog.py" line="+43"/>
        <source>Add a case — meeting of %1</source>
        <translation>הוספת דיון — ישיבת הוועדה מיום %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case — meeting of %1</source>
        <translation>דיון — ישיבת הוועדה מיום %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>social worker, psychologist, counsellor, doctor, nurse…</source>
        <translation>עו&quot;ס, פסיכולוג/ית, יועץ/ת, רופא/ה, אח/ות…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find the file:</source>
        <translation>&amp;חיפוש התיק:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;amily files:</source>
        <translation>תיקי מ&amp;שפחה:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Family file:</source>
        <translation>תיק משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Child:</source>
        <translation>&amp;ילד/ה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;quested by:</source>
        <translation>&amp;מבקש/ת הדיון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;profession:</source>
        <translation>מ&amp;קצוע:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Background report:</source>
        <translation>&amp;דו&quot;ח רקע:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This family file has no children: a hearing is about a child of the file.</source>
        <translation>בתיק משפחה זה לא רשומים ילדים: דיון בוועדה עוסק תמיד בילד/ה מהתיק. יש לבחור תיק אחר.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../desktop/admin/staff.py" line="+28"/>
        <source>Change role or team — %1</source>
        <translation>שינוי תפקיד או צוות — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role:</source>
        <translation>תפקיד:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team:</source>
        <translation>צוות:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change is applied when another administrator or the manager approves it.</source>
        <translation>השינוי ייכנס לתוקף כשמנהל/ת מערכת אחר/ת או מנהל/ת המחלקה יאשרו אותו.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for the change</source>
        <translation>בקשת השינוי</translation>
    </message>
</context>
<context>
    <name>ChargeMonthDialog</name>
    <message>
        <location filename="../../desktop/clubs/fees.py" line="+73"/>
        <source>Charge a month&apos;s fees</source>
        <translation>חיוב תשלומי הורים לחודש</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Month:</source>
        <translation>&amp;חודש:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every child enrolled in %1 that month is charged the club&apos;s monthly fee, less an exemption or a discount in force.</source>
        <translation>כל ילד הרשום ב־%1 באותו חודש מחויב בתשלום החודשי של המועדונית, בניכוי פטור או הנחה בתוקף.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every child enrolled in a club that month is charged the club&apos;s monthly fee, less an exemption or a discount in force.</source>
        <translation>כל ילד הרשום במועדונית באותו חודש מחויב בתשלום החודשי של המועדונית, בניכוי פטור או הנחה בתוקף.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Charge</source>
        <translation>חיוב</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Charge the fees of %1 for %2? A charge is not deleted; charging the month again adds nothing.</source>
        <translation>לחייב את תשלומי ההורים של %1 עבור %2? לא ניתן למחוק חיוב; חיוב חוזר של החודש אינו מוסיף דבר.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge the fees of every club for %1? A charge is not deleted; charging the month again adds nothing.</source>
        <translation>לחייב את תשלומי ההורים של כל המועדוניות עבור %1? לא ניתן למחוק חיוב; חיוב חוזר של החודש אינו מוסיף דבר.</translation>
    </message>
</context>
<context>
    <name>ChooseMemberDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="+55"/>
        <source>A new person</source>
        <translation>אדם חדש</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A known person</source>
        <translation>אדם מוכר</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Please search for the person and choose them in the list.</source>
        <translation>נא לחפש את האדם ולבחור אותו ברשימה.</translation>
    </message>
</context>
<context>
    <name>CloseFileDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="+417"/>
        <location line="+18"/>
        <source>Close the file</source>
        <translation>סגירת תיק</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Reason:</source>
        <translation>סיבה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing date:</source>
        <translation>תאריך סגירה:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the file of %1? The closing is recorded with its reason and date and cannot be undone; only a team head or the manager can reopen the file.</source>
        <translation>לסגור את התיק של %1? הסגירה נרשמת עם הסיבה והתאריך ואי אפשר לבטל אותה; רק ראש צוות או מנהל/ת המחלקה יכולים לפתוח את התיק מחדש.</translation>
    </message>
</context>
<context>
    <name>ClubDialog</name>
    <message>
        <location filename="../../desktop/clubs/club_dialog.py" line="+53"/>
        <source>New club</source>
        <translation>מועדונית חדשה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Club — %1</source>
        <translation>מועדונית — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>children</source>
        <translation>ילדים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Youngest age</source>
        <translation>גיל מינימלי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest age</source>
        <translation>גיל מרבי</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>עד</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>years</source>
        <translation>שנים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sunday to Thursday 12:00–18:00</source>
        <translation>ראשון עד חמישי 12:00–18:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervising social worker</source>
        <translation>עו&quot;ס אחראי/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(אין)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a month</source>
        <translation>לחודש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acti&amp;ve (takes children, on the overview)</source>
        <translation>&amp;פעילה (קולטת ילדים, מוצגת בסקירה)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transport routes</source>
        <translation>קווי הסעה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>קו</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stops</source>
        <translation>תחנות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Driver</source>
        <translation>נהג/ת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a route</source>
        <translation>הו&amp;ספת קו</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+169"/>
        <source>&amp;Deactivate the route</source>
        <translation>&amp;השבתת הקו</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;טלפון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;קיבולת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ges:</source>
        <translation>&amp;גילאים:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hours:</source>
        <translation>שע&amp;ות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uide:</source>
        <translation>&amp;מדריכה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House &amp;mother:</source>
        <translation>&amp;אם בית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervising social &amp;worker:</source>
        <translation>עו&quot;ס א&amp;חראי/ת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly &amp;fee:</source>
        <translation>&amp;תשלום חודשי:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport r&amp;outes:</source>
        <translation>קווי הס&amp;עה:</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove the new route</source>
        <translation>הסרת הקו החדש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;tivate the route again</source>
        <translation>&amp;הפעלת הקו מחדש</translation>
    </message>
</context>
<context>
    <name>ClubFees</name>
    <message>
        <location filename="../../desktop/clubs/fees.py" line="-37"/>
        <source>%1: %2 charged, %3 in all.</source>
        <translation>%1: חויבו %2, סה&quot;כ %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had already been charged this month (nothing added).</source>
        <translation>ל־%1 כבר בוצע חיוב החודש (לא נוסף דבר).</translation>
    </message>
</context>
<context>
    <name>ClubPrint</name>
    <message>
        <location filename="../../desktop/clubs/printing.py" line="+93"/>
        <source>Club registration form</source>
        <translation>טופס רישום למועדונית</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance sheet — %1</source>
        <translation>דף נוכחות — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee notice — %1</source>
        <translation>הודעת תשלום — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transport list — %1</source>
        <translation>רשימת הסעות — %1</translation>
    </message>
</context>
<context>
    <name>ClubTab</name>
    <message>
        <location filename="../../desktop/clubs/file_tab.py" line="+83"/>
        <source>Request a &amp;club…</source>
        <translation>&amp;בקשה למועדונית…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;payment…</source>
        <translation>&amp;רישום תשלום…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print re&amp;gistration</source>
        <translation>&amp;הדפסת טופס רישום</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xemption or discount…</source>
        <translation>&amp;פטור או הנחה…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Club requests</source>
        <translation>בקשות למועדונית</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+7"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Club</source>
        <translation>מועדונית</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>דחיפות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested on</source>
        <translation>תאריך בקשה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting (days)</source>
        <translation>המתנה (ימים)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Through</source>
        <translation>באמצעות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No club was requested for the children.</source>
        <translation>לא הוגשה בקשה למועדונית עבור הילדים.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Enrolments</source>
        <translation>רישומים</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (30 club days)</source>
        <translation>נוכחות (30 ימי מועדונית)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allergies</source>
        <translation>אלרגיות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May collect the child</source>
        <translation>רשאים לאסוף את הילד/ה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>הסכמה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No child of the family is enrolled in a club.</source>
        <translation>אף ילד מהמשפחה אינו רשום למועדונית.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Club fees</source>
        <translation>תשלומי הורים למועדונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>חודש</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged</source>
        <translation>חויב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No charges.</source>
        <translation>אין חיובים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Charges</source>
        <translation>חיובים</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>אמצעי תשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt no.</source>
        <translation>מס&apos; קבלה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>נרשם על ידי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payments.</source>
        <translation>אין תשלומים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Payments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>any club</source>
        <translation>כל מועדונית</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left on %1</source>
        <translation>עזב/ה ב־%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not signed</source>
        <translation>לא נחתמה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parents&apos; consent is not signed</source>
        <translation>הסכמת ההורים לא נחתמה</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Club fees: the family is in credit, %1.</source>
        <translation>תשלומי מועדונית: למשפחה יתרת זכות של %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Club fees: the family owes %1, of which %2 in arrears.</source>
        <translation>תשלומי מועדונית: המשפחה חייבת %1, מתוכם %2 בפיגור.</translation>
    </message>
</context>
<context>
    <name>Clubs</name>
    <message>
        <location filename="../../desktop/clubs/request_dialog.py" line="+48"/>
        <source>%1 free</source>
        <translation>%1 פנויים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full, %1 waiting</source>
        <translation>מלאה, %1 ממתינים</translation>
    </message>
    <message>
        <location filename="../../desktop/clubs/common.py" line="+227"/>
        <source>Order: pinned first, then children whose age fits, urgency, risk, longest waiting.</source>
        <translation>סדר: בקשות מוצמדות תחילה, אחר כך ילדים שגילם מתאים, דחיפות, סיכון, משך ההמתנה הארוך ביותר.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>high risk</source>
        <translation>סיכון גבוה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium risk</source>
        <translation>סיכון בינוני</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low risk</source>
        <translation>סיכון נמוך</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>family worker</source>
        <translation>עו&quot;ס משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intake</source>
        <translation>אינטייק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kindergarten or school</source>
        <translation>גן או בית ספר</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiting</source>
        <translation>ממתין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrolled</source>
        <translation>רשום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the family declined</source>
        <translation>המשפחה סירבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed in another setting</source>
        <translation>שובץ במסגרת אחרת</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>the family moved away</source>
        <translation>המשפחה עברה דירה</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the club does not suit the child</source>
        <translation>המועדונית אינה מתאימה לילד</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+12"/>
        <source>other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>goals met</source>
        <translation>המטרות הושגו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reached the club&apos;s age limit</source>
        <translation>הגיע לגיל המרבי של המועדונית</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the family&apos;s request</source>
        <translation>לבקשת המשפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped attending</source>
        <translation>הפסיק להגיע</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexplained</source>
        <translation>לא מוסברת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sick</source>
        <translation>מחלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family reasons</source>
        <translation>סיבות משפחתיות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an appointment</source>
        <translation>תור או פגישה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a school event</source>
        <translation>אירוע בבית הספר</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>club day</source>
        <translation>יום מועדונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day camp</source>
        <translation>קייטנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>weekend</source>
        <translation>סוף שבוע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rosh Hashana</source>
        <translation>ראש השנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yom Kippur</source>
        <translation>יום כיפור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sukkot</source>
        <translation>סוכות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shemini Atzeret</source>
        <translation>שמיני עצרת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanukkah</source>
        <translation>חנוכה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purim</source>
        <translation>פורים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passover</source>
        <translation>פסח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memorial Day</source>
        <translation>יום הזיכרון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Independence Day</source>
        <translation>יום העצמאות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shavuot</source>
        <translation>שבועות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tisha B&apos;Av</source>
        <translation>תשעה באב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summer</source>
        <translation>קיץ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exemption</source>
        <translation>פטור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount</source>
        <translation>הנחה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cash</source>
        <translation>מזומן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheque</source>
        <translation>צ&apos;ק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit card</source>
        <translation>כרטיס אשראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank transfer</source>
        <translation>העברה בנקאית</translation>
    </message>
    <message>
        <location filename="../../desktop/clubs/calendar_view.py" line="-300"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>changed: %1</source>
        <translation>שונה: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this club&apos;s own day</source>
        <translation>יום ייחודי למועדונית זו</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>closed: weekend, August</source>
        <translation>סגור: סוף שבוע, אוגוסט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed: a holiday</source>
        <translation>סגור: חג</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>changed by the club worker</source>
        <translation>שונה על ידי עו&quot;ס המועדוניות</translation>
    </message>
</context>
<context>
    <name>ClubsPage</name>
    <message>
        <location filename="../../desktop/clubs/page.py" line="+73"/>
        <location line="+289"/>
        <source>Therapeutic clubs</source>
        <translation>מועדוניות טיפוליות</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>&amp;New club…</source>
        <translation>&amp;מועדונית חדשה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit clu&amp;b…</source>
        <translation>&amp;עריכת מועדונית…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School &amp;referral…</source>
        <translation>&amp;הפניה מבית ספר…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A kindergarten or school refers a child for a club</source>
        <translation>גן או בית ספר מפנים ילד/ה למועדונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar…</source>
        <translation>&amp;לוח שנה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge the &amp;month…</source>
        <translation>&amp;חיוב החודש…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enrol the ne&amp;xt child…</source>
        <translation>רישום הבא/ה בת&amp;ור…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Waiting list</source>
        <translation>&amp;רשימת המתנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hildren</source>
        <translation>&amp;ילדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttendance</source>
        <translation>&amp;נוכחות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fees</source>
        <translation>&amp;תשלומים</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>A seat is free in %1: next on the list is %2 (file %3).</source>
        <translation>התפנה מקום ב־%1: הבא/ה ברשימה הוא/היא %2 (תיק %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n seat(s) free.</source>
        <translation>
            <numerusform>%n מקום פנוי.</numerusform>
            <numerusform>%n מקומות פנויים.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol %1</source>
        <translation>רישום %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Referral %1 is in intake&apos;s queue. Intake will open the family&apos;s file and file the club request; the child then appears on the waiting list.</source>
        <translation>הפניה %1 נמצאת בתור של האינטייק. צוות האינטייק יפתח את תיק המשפחה ויגיש את הבקשה למועדונית; לאחר מכן יופיע הילד ברשימת ההמתנה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every club</source>
        <translation>כל המועדוניות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The club request for %1 is on the waiting list of %2.</source>
        <translation>הבקשה למועדונית עבור %1 נמצאת ברשימת ההמתנה של %2.</translation>
    </message>
</context>
<context>
    <name>CommitteePrint</name>
    <message>
        <location filename="../../desktop/committees/printing.py" line="+99"/>
        <source>Decision letter — to whom?</source>
        <translation>מכתב החלטה — למי לשלוח?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One letter to each parent ticked, in the parent&apos;s language:</source>
        <translation>יופק מכתב לכל הורה מסומן, בשפת ההורה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parent or guardian is among the case&apos;s participants: add them to the case first.</source>
        <translation>אין הורה או אפוטרופוס בין משתתפי הדיון: יש להוסיף אותם תחילה לדיון.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary letter — to whom?</source>
        <translation>מכתב סיכום — למי לשלוח?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One letter to each professional ticked, in the addressee&apos;s language:</source>
        <translation>יופק מכתב לכל איש/אשת מקצוע שסומנו, בשפת הנמען/ת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No professional is among the case&apos;s participants: add the school or the other service to the case first.</source>
        <translation>אין אנשי מקצוע בין משתתפי הדיון: יש להוסיף תחילה לדיון את בית הספר או את השירות האחר.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Addressees</source>
        <translation>נמענים</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Decision letter — %1</source>
        <translation>מכתב החלטה — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary letter — %1</source>
        <translation>מכתב סיכום — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol — %1</source>
        <translation>פרוטוקול — %1</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../../desktop/committees/file_tab.py" line="+60"/>
        <location line="+5"/>
        <source>Hearings</source>
        <translation>דיונים</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>החלטות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next review</source>
        <translation>הדיון הבא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family has not been heard by the committee.</source>
        <translation>עניינה של המשפחה טרם נדון בוועדה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Foster referral…</source>
        <translation>הפניה לאומנה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A referral to the foster-care service carrying out the selected hearing&apos;s out-of-home decision</source>
        <translation>הפניה לשירות האומנה, למימוש ההחלטה על השמה חוץ-ביתית שהתקבלה בדיון שנבחר</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Placements out of home</source>
        <translation>השמות חוץ-ביתיות</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Setting</source>
        <translation>מסגרת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual review</source>
        <translation>דיון שנתי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No placements.</source>
        <translation>אין השמות.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record placement…</source>
        <translation>רישום השמה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End placement…</source>
        <translation>סיום השמה…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Next review: none scheduled.</source>
        <translation>הדיון הבא: טרם נקבע מועד.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: %1</source>
        <translation>הדיון הבא: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose a hearing whose final decision is an out-of-home placement.</source>
        <translation>יש לבחור דיון שההחלטה הסופית שלו היא השמה חוץ-ביתית.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This decision already has its foster-care referral (the file&apos;s Foster care tab).</source>
        <translation>להחלטה זו כבר יש הפניה לאומנה (בלשונית &quot;אומנה&quot; שבתיק).</translation>
    </message>
</context>
<context>
    <name>Committees</name>
    <message numerus="yes">
        <location filename="../../desktop/committees/common.py" line="+35"/>
        <source>The meeting is in %n day(s): parents must be invited at least %1 days ahead. Only an urgent hearing may be held sooner.</source>
        <translation>
            <numerusform>הישיבה מחר: יש להזמין את ההורים לפחות %1 ימים מראש. רק דיון דחוף יכול להתקיים מוקדם יותר.</numerusform>
            <numerusform>הישיבה בעוד %n ימים: יש להזמין את ההורים לפחות %1 ימים מראש. רק דיון דחוף יכול להתקיים מוקדם יותר.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="+291"/>
        <source>Maane — no connection to the database</source>
        <translation>מענה — אין חיבור למסד הנתונים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting…</source>
        <translation>מתבצע חיבור…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A database file on this computer (SQLite)</source>
        <translation>קובץ מסד נתונים במחשב זה (SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department&apos;s shared database server (PostgreSQL)</source>
        <translation>שרת מסד הנתונים המשותף של המחלקה (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File:</source>
        <translation>קובץ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>שרת:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port:</source>
        <translation>פורט:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>מסד נתונים:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Maane could not open the database.</source>
        <translation>מענה לא הצליחה לפתוח את מסד הנתונים.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Database file</source>
        <translation>קובץ מסד נתונים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.sqlite);;All files (*)</source>
        <translation>מסד נתונים SQLite (*.sqlite);;כל הקבצים (*)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="-181"/>
        <source>Correction</source>
        <translation>תיקון</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note of %1:</source>
        <translation>רישום מ-%1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrected text:</source>
        <translation>הטקסט המתוקן:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the correction? It is signed at once: it can no longer be changed or deleted.</source>
        <translation>לשמור את התיקון? הוא נחתם מיד: לא ניתן יהיה לשנות או למחוק אותו.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save and sign</source>
        <translation>שמירה וחתימה</translation>
    </message>
</context>
<context>
    <name>Daycare</name>
    <message>
        <location filename="../../desktop/daycare/case_dialog.py" line="+77"/>
        <source>%1 months on %2</source>
        <translation>%1 חודשים ב-%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 months on %2: day-care is for toddlers under %3 months</source>
        <translation>%1 חודשים ב-%2: מעון יום מיועד לפעוטות מתחת לגיל %3 חודשים</translation>
    </message>
    <message>
        <location filename="../../desktop/daycare/common.py" line="+39"/>
        <source>abuse or neglect</source>
        <translation>התעללות או הזנחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a parent unable to function</source>
        <translation>הורה שאינו מסוגל לתפקד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>developmental delay</source>
        <translation>עיכוב התפתחותי</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>paediatrician</source>
        <translation>רופא/ת ילדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>developmental psychologist</source>
        <translation>פסיכולוג/ית התפתחותי/ת</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>treatment-plan committee</source>
        <translation>ועדה לתכניות טיפול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>toddlers-at-risk committee</source>
        <translation>ועדת פעוטות בסיכון</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>אושרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed</source>
        <translation>שובץ/ה במעון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>הסתיימה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Household&apos;s monthly income</source>
        <translation>הכנסה חודשית של משק הבית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household size</source>
        <translation>מספר הנפשות במשק הבית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income per person</source>
        <translation>הכנסה לנפש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income table in force from</source>
        <translation>טבלת ההכנסות בתוקף מיום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bracket (income per person)</source>
        <translation>טווח (הכנסה לנפש)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>דרגה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents&apos; share (a month)</source>
        <translation>השתתפות ההורים (לחודש)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>חודש אחד</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registration for day-care is open until %1: register the toddlers whose day-care was decided.</source>
        <translation>ההרשמה למעונות היום פתוחה עד %1: יש לרשום את הפעוטות שהוחלט על שילובם במעון יום.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration for day-care opens on %1 (February and March): prepare the toddlers&apos; cases.</source>
        <translation>ההרשמה למעונות היום נפתחת ב-%1 (פברואר ומרץ): יש להכין את הבקשות של הפעוטות.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and more</source>
        <translation>%1 ומעלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 עד %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Step</source>
        <translation>שלב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the household&apos;s size and income: the share is computed here.</source>
        <translation>יש להזין את מספר הנפשות ואת ההכנסה של משק הבית: ההשתתפות תחושב כאן.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parents&apos; share, step by step</source>
        <translation>השתתפות ההורים, שלב אחר שלב</translation>
    </message>
</context>
<context>
    <name>DaycareCaseDialog</name>
    <message>
        <location filename="../../desktop/daycare/case_dialog.py" line="+9"/>
        <source>New day-care case</source>
        <translation>בקשה חדשה למעון יום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-care case — %1</source>
        <translation>בקשה למעון יום — %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Written medical information is attached</source>
        <translation>מצורף מידע רפואי &amp;בכתב</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic, hospital or doctor that wrote it</source>
        <translation>המרפאה, בית החולים או הרופא/ה שכתבו אותו</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The child and the decision</source>
        <translation>הילד/ה וההחלטה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find the file:</source>
        <translation>&amp;חיפוש התיק:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;amily files:</source>
        <translation>תיקי מ&amp;שפחה:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family file:</source>
        <translation>תיק משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>&amp;ילד/ה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School &amp;year:</source>
        <translation>שנת &amp;לימודים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age on 1 September:</source>
        <translation>גיל ב-1 בספטמבר:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ground:</source>
        <translation>&amp;עילה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social worker&apos;s &amp;opinion:</source>
        <translation>חוות &amp;דעת העו&quot;ס:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical information fro&amp;m:</source>
        <translation>מקור המידע ה&amp;רפואי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed &amp;by:</source>
        <translation>&amp;אושר על ידי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist&apos;s &amp;name:</source>
        <translation>שם ה&amp;מומחה/ית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation da&amp;te:</source>
        <translation>&amp;תאריך האישור:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Committee:</source>
        <translation>&amp;ועדה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;פרוטוקול:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee&apos;s &amp;date:</source>
        <translation>תאריך &amp;הוועדה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>א&amp;סמכתה:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parents&apos; share</source>
        <translation>השתתפות ההורים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Household si&amp;ze:</source>
        <translation>מספר &amp;נפשות במשק הבית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total monthly &amp;income:</source>
        <translation>סך הה&amp;כנסה החודשית:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calculation, step by step:</source>
        <translation>החישוב, שלב אחר שלב:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>New day-care case — %1</source>
        <translation>בקשה חדשה למעון יום — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This family file has no children: day-care is for a toddler of the file. Add the child to the file first.</source>
        <translation>בתיק משפחה זה לא רשומים ילדים: מעון יום ניתן לפעוט/ה מהתיק. יש להוסיף תחילה את הילד/ה לתיק.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The child&apos;s birth date is not recorded: add it to the child&apos;s details first (the age on 1 September decides).</source>
        <translation>תאריך הלידה של הילד/ה לא נרשם: יש להוסיף אותו תחילה לפרטי הילד/ה (הגיל ב-1 בספטמבר הוא הקובע).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The child has no final protocol of the treatment-plan committee: choose the toddlers-at-risk committee, or finalise the committee&apos;s protocol first.</source>
        <translation>לילד/ה אין פרוטוקול סופי של הוועדה לתכניות טיפול: יש לבחור בוועדת פעוטות בסיכון, או לאשר תחילה את פרוטוקול הוועדה סופית.</translation>
    </message>
</context>
<context>
    <name>DaycarePage</name>
    <message>
        <location filename="../../desktop/daycare/page.py" line="+82"/>
        <source>Day-care for toddlers at risk</source>
        <translation>מעונות יום לפעוטות בסיכון</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New case…</source>
        <translation>בקשה &amp;חדשה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;עריכה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>&amp;אישור…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace…</source>
        <translation>&amp;שיבוץ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;d day-care…</source>
        <translation>&amp;סיום מעון יום…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print approval letter</source>
        <translation>&amp;הדפסת מכתב אישור</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;file</source>
        <translation>פתיחת ה&amp;תיק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>All</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;מצב:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School &amp;year:</source>
        <translation>שנת &amp;לימודים:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age (months, 1 Sept.)</source>
        <translation>גיל (חודשים, ב-1 בספטמבר)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School year</source>
        <translation>שנת לימודים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground</source>
        <translation>עילה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day-care centre</source>
        <translation>מעון יום</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts on</source>
        <translation>תאריך התחלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents&apos; share</source>
        <translation>השתתפות ההורים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No day-care case in the files you see.</source>
        <translation>אין בקשות למעון יום בתיקים הגלויים לך.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-care cases</source>
        <translation>בקשות למעון יום</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Cases</source>
        <translation>&amp;בקשות</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Income levels</source>
        <translation>&amp;דרגות הכנסה</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>בקשה אחת</numerusform>
            <numerusform>%n בקשות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaycarePrint</name>
    <message>
        <location filename="../../desktop/daycare/printing.py" line="+39"/>
        <source>Day-care approval letter</source>
        <translation>מכתב אישור מעון יום</translation>
    </message>
</context>
<context>
    <name>DaycareTab</name>
    <message>
        <location filename="../../desktop/daycare/file_tab.py" line="+63"/>
        <source>New &amp;day-care case…</source>
        <translation>בקשה חדשה ל&amp;מעון יום…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the cas&amp;e…</source>
        <translation>&amp;עריכת הבקשה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appro&amp;ve…</source>
        <translation>&amp;אישור…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place in a &amp;centre…</source>
        <translation>&amp;שיבוץ במעון…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End day-care…</source>
        <translation>סיום מעון יום…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the approval &amp;letter</source>
        <translation>&amp;הדפסת מכתב האישור</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School year</source>
        <translation>שנת לימודים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age (months, 1 Sept.)</source>
        <translation>גיל (חודשים, ב-1 בספטמבר)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground</source>
        <translation>עילה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day-care centre</source>
        <translation>מעון יום</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts on</source>
        <translation>תאריך התחלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents&apos; share</source>
        <translation>השתתפות ההורים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No day-care case for the family&apos;s toddlers.</source>
        <translation>אין בקשות למעון יום עבור הפעוטות של המשפחה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-care cases</source>
        <translation>בקשות למעון יום</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parents&apos; share, step by step</source>
        <translation>השתתפות ההורים, שלב אחר שלב</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1, %2 months on 1 September %3.</source>
        <translation>%1, בגיל %2 חודשים ב-1 בספטמבר %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by %1.</source>
        <translation>אושרה על ידי %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended on %1: %2</source>
        <translation>הסתיימה ב-%1: %2</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop/forum/decision_dialog.py" line="+51"/>
        <source>Forum decision</source>
        <translation>החלטת הפורום</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report</source>
        <translation>הדיווח</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Description of the report</source>
        <translation>תיאור הדיווח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child:</source>
        <translation>ילד/ה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family file:</source>
        <translation>תיק משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on:</source>
        <translation>תאריך הדיווח:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by:</source>
        <translation>גורם מדווח:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency:</source>
        <translation>דחיפות:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by:</source>
        <translation>נרשם על ידי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>תיאור:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At the forum&apos;s meeting of %1</source>
        <translation>בישיבת הפורום מיום %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the worker is to do: the task&apos;s description</source>
        <translation>מה על העו&quot;ס לעשות: תיאור המשימה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Intervention:</source>
        <translation>ה&amp;תערבות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worker in charge:</source>
        <translation>&amp;עו&quot;ס אחראי/ת:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;מועד:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ote:</source>
        <translation>&amp;הערה:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload the report</source>
        <translation>טעינה מחדש של הדיווח</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>— choose the worker —</source>
        <translation>— יש לבחור עו&quot;ס —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This report was decided meanwhile, at the meeting of %1: %2.</source>
        <translation>בינתיים התקבלה החלטה בדיווח זה, בישיבה מיום %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In charge: %1.</source>
        <translation>אחראי/ת: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forum decision — %1</source>
        <translation>החלטת הפורום — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · open %n day(s)</source>
        <translation>
            <numerusform>%1 · פתוח יום אחד</numerusform>
            <numerusform>%1 · פתוח %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A routine report: two weeks after the meeting are proposed.</source>
        <translation>דיווח שגרתי: המועד המוצע הוא שבועיים לאחר הישיבה.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A report of urgency “%1” is due at the latest %n day(s) after the meeting.</source>
        <translation>
            <numerusform>דיווח בדחיפות &quot;%1&quot;: המועד הוא לכל המאוחר יום אחד לאחר הישיבה.</numerusform>
            <numerusform>דיווח בדחיפות &quot;%1&quot;: המועד הוא לכל המאוחר %n ימים לאחר הישיבה.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record the decision? A decision is final: a correction is a new report.</source>
        <translation>לרשום את ההחלטה? ההחלטה סופית: תיקון נרשם כדיווח חדש.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the decision</source>
        <translation>רישום ההחלטה</translation>
    </message>
</context>
<context>
    <name>DepartmentSettingsView</name>
    <message>
        <location filename="../../desktop/admin/department.py" line="+83"/>
        <source>Department settings</source>
        <translation>הגדרות המחלקה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letterhead printed on every form of the department. The logo: a PNG or JPEG image of at most 1 MB.</source>
        <translation>הכותרת המודפסת על כל טופס של המחלקה. הסמל: תמונת PNG או JPEG של עד 1 מגה-בייט.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;רשות מקומית:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Department:</source>
        <translation>&amp;מחלקה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;טלפון:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;דוא&quot;ל:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In Arabic</source>
        <translation>בערבית</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>M&amp;unicipality (Arabic):</source>
        <translation>רשות מקומית (&amp;ערבית):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depar&amp;tment (Arabic):</source>
        <translation>מחלקה (ער&amp;בית):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress (Arabic):</source>
        <translation>כתובת (ערבי&amp;ת):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empty: the Hebrew text</source>
        <translation>ריק: הנוסח העברי</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose &amp;logo…</source>
        <translation>בחירת &amp;סמל…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No logo</source>
        <translation>&amp;ללא סמל</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo:</source>
        <translation>סמל:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PNG or JPEG image of at most 1 MB</source>
        <translation>תמונת PNG או JPEG של עד 1 מגה-בייט</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on a &amp;summary:</source>
        <translation>רשומות ב&amp;סיכום:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many of the latest signed notes a family summary offers by default</source>
        <translation>כמה מהרשומות החתומות האחרונות מוצעות בסיכום תיק כברירת מחדל</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intake</source>
        <translation>אינטייק</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The days within which a referral of each urgency gets an outcome. A referral older than that is shown as overdue in the intake queue, and the first-contact task of a hand-over is due after as many days.</source>
        <translation>מספר הימים שבתוכם צריכה להתקבל החלטה בפנייה, לפי דרגת הדחיפות שלה. פנייה ותיקה יותר מוצגת בתור האינטייק כפנייה באיחור, ומשימת הקשר הראשון במסירה לעו&quot;ס משפחה נקבעת לאחר אותו מספר ימים.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Immediate:</source>
        <translation>מ&amp;יידי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within &amp;24 hours:</source>
        <translation>תוך &amp;24 שעות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within a &amp;week:</source>
        <translation>תוך &amp;שבוע:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;outine:</source>
        <translation>ש&amp;גרתי:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same day</source>
        <translation>באותו יום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days (0 to 90) within which a referral of this urgency gets an outcome</source>
        <translation>מספר הימים (0 עד 90) שבתוכם צריכה להתקבל החלטה בפנייה בדרגת דחיפות זו</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working…</source>
        <translation>בעבודה…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the preview</source>
        <translation>שפת התצוגה המקדימה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the letterhead</source>
        <translation>תצוגה מקדימה של הכותרת</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview in:</source>
        <translation>תצוגה ב:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Choose the logo</source>
        <translation>בחירת הסמל</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>תמונות (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No logo</source>
        <translation>ללא סמל</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../desktop/login.py" line="-323"/>
        <location line="+26"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Show the technical details</source>
        <translation>הצגת הפרטים הטכניים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Technical details</source>
        <translation>פרטים טכניים</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../desktop/committees/file_tab.py" line="-91"/>
        <location filename="../../desktop/foster/referral_view.py" line="+335"/>
        <location line="+25"/>
        <location filename="../../desktop/widgets/due.py" line="+22"/>
        <source>overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/due.py" line="+21"/>
        <source>The due date has passed</source>
        <translation>המועד חלף</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../desktop/widgets/duplicates.py" line="+79"/>
        <location line="+16"/>
        <source>Possible duplicates</source>
        <translation>כפילויות אפשריות</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 may already be known to the department. Check the persons below: if one of them is the same person, use that person, so that no second record is created.</source>
        <translation>ייתכן שהמחלקה כבר מכירה את %1. יש לבדוק את האנשים שלהלן: אם אחד מהם הוא אותו אדם, יש לבחור בו, כדי שלא תיווצר רשומה כפולה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person</source>
        <translation>האדם</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match</source>
        <translation>התאמה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>ת&quot;ז</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>טלפונים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family files</source>
        <translation>תיקי משפחה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>סיבת ההתאמה</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A strong match: most likely the same person</source>
        <translation>התאמה חזקה: כנראה אותו אדם</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Use this person</source>
        <translation>&amp;בחירה באדם זה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;None of these: a new person</source>
        <translation>&amp;אף אחד מהם: אדם חדש</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;חזרה לטופס</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the form, with what was typed (Esc)</source>
        <translation>חזרה לטופס, עם מה שהוקלד (Esc)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>None of these persons is the one you are entering? A new person will be registered, and your decision is recorded in the access log with the persons shown.</source>
        <translation>אף אחד מהאנשים האלה אינו האדם שמוזן? יירשם אדם חדש, וההחלטה תירשם ביומן הגישה יחד עם האנשים שהוצגו.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register a new person</source>
        <translation>רישום אדם חדש</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../desktop/daycare/actions.py" line="+50"/>
        <source>End day-care — %1</source>
        <translation>סיום מעון יום — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In day-care at %1 since %2.</source>
        <translation>במעון %1 מיום %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;תאריך הסיום:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/therapy/dialogs.py" line="+252"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End the day-care of %1 on %2?</source>
        <translation>לסיים את שהות %1 במעון היום ב-%2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End the day-care</source>
        <translation>סיום מעון היום</translation>
    </message>
    <message>
        <location filename="../../desktop/therapy/dialogs.py" line="-12"/>
        <source>End the referral — %1</source>
        <translation>סיום ההפניה — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Ended on:</source>
        <translation>&amp;תאריך הסיום:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>ה&amp;ערה:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End the referral of %1 on %2? An ended referral cannot be reopened: a new referral would be needed.</source>
        <translation>לסיים את ההפניה של %1 ב-%2? אי אפשר לפתוח מחדש הפניה שהסתיימה: יהיה צורך בהפניה חדשה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End the referral</source>
        <translation>סיום ההפניה</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../../desktop/committees/placement_dialog.py" line="+91"/>
        <source>End placement — %1</source>
        <translation>סיום השמה — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 since %2</source>
        <translation>%1 מיום %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ended on:</source>
        <translation>&amp;תאריך הסיום:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End the placement? The child&apos;s annual review is no longer computed from it.</source>
        <translation>לסיים את ההשמה? מועד הדיון השנתי של הילד/ה לא יחושב עוד לפיה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End placement</source>
        <translation>סיום השמה</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../desktop/clubs/enrol_dialog.py" line="+97"/>
        <source>Enrolment — %1</source>
        <translation>רישום — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol %1</source>
        <translation>רישום %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol a child</source>
        <translation>רישום ילד/ה</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Club</source>
        <translation>מועדונית</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find the family file:</source>
        <translation>&amp;חיפוש תיק משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Famil&amp;y files:</source>
        <translation>תיקי מ&amp;שפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>&amp;ילד/ה:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Child:</source>
        <translation>ילד/ה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lub:</source>
        <translation>&amp;מועדונית:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned &amp;end:</source>
        <translation>סיו&amp;ם מתוכנן:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for enrolling &amp;outside the age range:</source>
        <translation>&amp;סיבת רישום מחוץ לטווח הגילאים:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the child is picked up</source>
        <translation>מקום איסוף הילד/ה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transport route</source>
        <translation>קו הסעה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collected at the club, &amp;no drop-off</source>
        <translation>נאסף/ת מהמועדונית, &amp;ללא הסעה הביתה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parents&apos; &amp;consent signed on:</source>
        <translation>ה&amp;סכמת ההורים נחתמה בתאריך:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;תאריך התחלה:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>School (&amp;pick-up):</source>
        <translation>&amp;בית ספר (איסוף):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Route:</source>
        <translation>&amp;קו:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop-off &amp;address:</source>
        <translation>&amp;כתובת להורדה:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None known</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People allowed to collect the child</source>
        <translation>מורשים לאסוף את הילד/ה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>קרבה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>מספר זהות</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;dd a person</source>
        <translation>&amp;הוספת אדם</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move the person</source>
        <translation>הס&amp;רת האדם</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Goals:</source>
        <translation>מ&amp;טרות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die&amp;t:</source>
        <translation>ת&amp;זונה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allerg&amp;ies:</source>
        <translation>&amp;אלרגיות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed to pic&amp;k up the child:</source>
        <translation>מ&amp;ורשים לאסוף את הילד/ה:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the &amp;waiting list</source>
        <translation>הצגת &amp;רשימת ההמתנה</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>There is no active club to enrol in: add a club first.</source>
        <translation>אין מועדונית פעילה לרישום: יש להוסיף מועדונית תחילה.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This family file has no children: a club is for a child of the file.</source>
        <translation>בתיק משפחה זה אין ילדים: מועדונית מיועדת לילד/ה מהתיק.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No route</source>
        <translation>ללא קו</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>On the start date the child is %1; %2 takes children of %3 to %4.</source>
        <translation>בתאריך ההתחלה גיל הילד/ה הוא %1; %2 קולטת ילדים בגילאי %3 עד %4.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/app.py" line="+143"/>
        <source>Maane — unexpected error</source>
        <translation>מענה — תקלה לא צפויה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside Maane. Your work so far was not lost; you can continue working. Please send the details below to the system administrator.</source>
        <translation>אירעה תקלה בתוך מענה. העבודה שלך עד כה לא אבדה, ואפשר להמשיך לעבוד. נא להעביר את הפרטים שלהלן למנהל/ת המערכת.</translation>
    </message>
</context>
<context>
    <name>FamilyListView</name>
    <message>
        <location filename="../../desktop/families/list_view.py" line="+59"/>
        <source>ID number</source>
        <translation>ת&quot;ז</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Search: family name, member name, ID number, phone or file number</source>
        <translation>חיפוש: שם משפחה, שם בן/בת משפחה, ת&quot;ז, טלפון או מספר תיק</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include closed</source>
        <translation>כולל סגורים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;My files</source>
        <translation>&amp;התיקים שלי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the files assigned to you</source>
        <translation>רק התיקים שבטיפולך</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Print summaries…</source>
        <translation>הדפסת סיכומים…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New family file…</source>
        <translation>תיק משפחה חדש…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search:</source>
        <translation>חיפוש:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family files</source>
        <translation>תיקי משפחה</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>משפחה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>עו&quot;ס מטפל/ת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restricted</source>
        <translation>חסוי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open tasks</source>
        <translation>משימות פתוחות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched</source>
        <translation>התאמה</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>restricted</source>
        <translation>חסוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open task(s), %2 of them overdue</source>
        <translation>%1 משימות פתוחות, %2 מהן באיחור</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>more than %1 files…</source>
        <translation>יותר מ-%1 תיקים…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>תיק אחד</numerusform>
            <numerusform>%n תיקים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The list could not be loaded: %1</source>
        <translation>לא ניתן לטעון את הרשימה: %1</translation>
    </message>
</context>
<context>
    <name>FamilyParticipantsDialog</name>
    <message>
        <location filename="../../desktop/committees/participant_dialog.py" line="+119"/>
        <source>Add the family — %1</source>
        <translation>הוספת המשפחה — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested participants</source>
        <translation>משתתפים מוצעים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants to add:</source>
        <translation>&amp;משתתפים להוספה:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The family&apos;s parents, the child and the family worker are all on the case already.</source>
        <translation>ההורים, הילד/ה ועו&quot;ס המשפחה כבר רשומים כולם כמשתתפים בדיון.</translation>
    </message>
</context>
<context>
    <name>FeesView</name>
    <message>
        <location filename="../../desktop/clubs/fees.py" line="+84"/>
        <source>M&amp;onth:</source>
        <translation>&amp;חודש:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>חודש</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;payment…</source>
        <translation>&amp;רישום תשלום…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Exemption or discount…</source>
        <translation>&amp;פטור או הנחה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the fee &amp;notice</source>
        <translation>הדפסת &amp;הודעת תשלום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;file</source>
        <translation>פתיחת ה&amp;תיק</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Charge the month</source>
        <translation>&amp;חיוב החודש</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Club</source>
        <translation>מועדונית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charged</source>
        <translation>חויב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exemption / discount</source>
        <translation>פטור / הנחה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid in the month</source>
        <translation>שולם בחודש</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>יתרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears</source>
        <translation>חוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No child was charged or paid in this month.</source>
        <translation>לא היו חיובים או תשלומים לילדים בחודש זה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month&apos;s closing list</source>
        <translation>רשימת סגירת החודש</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Owed from months before this one</source>
        <translation>חוב מחודשים קודמים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: charged %2 · paid %3 · arrears %4</source>
        <translation>%1: חויב %2 · שולם %3 · חוב %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n child(ren) enrolled this month not charged yet.</source>
        <translation>
            <numerusform>%n ילד שנרשם החודש טרם חויב.</numerusform>
            <numerusform>%n ילדים שנרשמו החודש טרם חויבו.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every child enrolled this month has been charged.</source>
        <translation>כל הילדים שנרשמו החודש חויבו.</translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="-373"/>
        <source>Edit file details — %1</source>
        <translation>עריכת פרטי התיק — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Family name:</source>
        <translation>שם ה&amp;משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locality:</source>
        <translation>&amp;יישוב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neighbourhood:</source>
        <translation>&amp;שכונה:</translation>
    </message>
</context>
<context>
    <name>FileFinder</name>
    <message>
        <location filename="../../desktop/widgets/file_finder.py" line="+41"/>
        <source>File number, family name, ID number or phone</source>
        <translation>מספר תיק, שם משפחה, ת&quot;ז או טלפון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>משפחה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>עו&quot;ס מטפל/ת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the family file</source>
        <translation>יש להקליד כדי למצוא את תיק המשפחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family files found</source>
        <translation>תיקי המשפחה שנמצאו</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <location filename="../../desktop/families/file_view.py" line="+70"/>
        <source>Back to the list</source>
        <translation>חזרה לרשימה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit file details…</source>
        <translation>עריכת פרטי התיק…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reassign to a worker</source>
        <translation>העברה לעובד/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the file</source>
        <translation>סגירת תיק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print summary</source>
        <translation>הדפסת סיכום</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restricted file</source>
        <translation>תיק חסוי</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address:</source>
        <translation>כתובת:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality / neighbourhood:</source>
        <translation>יישוב / שכונה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker:</source>
        <translation>עו&quot;ס מטפל/ת:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team:</source>
        <translation>צוות:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation>מצב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened:</source>
        <translation>נפתח:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed:</source>
        <translation>נסגר:</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Summary of file %1 — %2</source>
        <translation>סיכום תיק %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/members.py" line="+29"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Arabic</source>
        <translation>שם בערבית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ת&quot;ז</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>קרבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>טלפונים</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/__init__.py" line="+102"/>
        <location filename="../../desktop/families/tabs/members.py" line="+2"/>
        <source>Members</source>
        <translation>בני משפחה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Committee</source>
        <translation>ועדה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Club</source>
        <translation>מועדונית</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Foster care</source>
        <translation>אומנה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Youth law</source>
        <translation>חוק הנוער</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Therapy</source>
        <translation>טיפולים רגשיים</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Day-care</source>
        <translation>מעון יום</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/notes.py" line="+30"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>כותב/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>תוכן</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New note</source>
        <translation>רישום חדש</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <location line="+4"/>
        <source>Sign</source>
        <translation>חתימה</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Correction</source>
        <translation>תיקון</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/__init__.py" line="-17"/>
        <location filename="../../desktop/families/tabs/notes.py" line="-22"/>
        <source>Notes</source>
        <translation>רישומים</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/tasks.py" line="+26"/>
        <location line="+29"/>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Task</source>
        <translation>משימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New task</source>
        <translation>משימה חדשה</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/__init__.py" line="+2"/>
        <location filename="../../desktop/families/tabs/tasks.py" line="-2"/>
        <source>Tasks</source>
        <translation>משימות</translation>
    </message>
    <message>
        <location filename="../../desktop/families/file_view.py" line="-138"/>
        <source>%1 — file %2</source>
        <translation>%1 — תיק %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not assigned</source>
        <translation>לא שויך</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/notes.py" line="+51"/>
        <source>signed</source>
        <translation>חתום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correction of the note of %1</source>
        <translation>תיקון לרישום מ-%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>corrected</source>
        <translation>תוקן</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/access_log.py" line="-6"/>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>משתמש/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed</source>
        <translation>הותר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>מה השתנה</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The newest %1 events; the Access log shows them all.</source>
        <translation>%1 האירועים האחרונים; יומן הגישה מציג את כולם.</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/__init__.py" line="+20"/>
        <location filename="../../desktop/families/tabs/access_log.py" line="-44"/>
        <source>Access log</source>
        <translation>יומן גישה</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/access_log.py" line="+32"/>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <location filename="../../desktop/families/file_view.py" line="+21"/>
        <source>The file was changed</source>
        <translation>התיק שונה</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../desktop/committees/follow_up.py" line="+51"/>
        <source>Committee follow-up</source>
        <translation>מעקב ועדה</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Overdue committee tasks</source>
        <translation>משימות ועדה באיחור</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Days overdue</source>
        <translation>ימי איחור</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Task</source>
        <translation>משימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>ישיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No overdue committee tasks</source>
        <translation>אין משימות ועדה באיחור</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reviews due in the next %n day(s)</source>
        <translation>
            <numerusform>דיונים חוזרים שמועדם ביום הקרוב</numerusform>
            <numerusform>דיונים חוזרים שמועדם ב-%n הימים הקרובים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>שובץ לישיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reviews due</source>
        <translation>אין דיונים חוזרים קרובים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews due</source>
        <translation>דיונים חוזרים קרובים</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>יום אחד</numerusform>
            <numerusform>%n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>תאריך יעד: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The %n most overdue task(s) of more</source>
        <translation>
            <numerusform>מוצגת המשימה שבאיחור הרב ביותר — יש עוד</numerusform>
            <numerusform>מוצגות %n המשימות שבאיחור הרב ביותר — יש עוד</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue task(s)</source>
        <translation>
            <numerusform>משימה אחת באיחור</numerusform>
            <numerusform>%n משימות באיחור</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annual review of a placement (%1)</source>
        <translation>דיון שנתי בהשמה (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last protocol&apos;s next review</source>
        <translation>הדיון הבא שנקבע בפרוטוקול האחרון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last heard %1</source>
        <translation>הדיון האחרון: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>שובץ</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n soonest review(s) of more</source>
        <translation>
            <numerusform>מוצג הדיון החוזר הקרוב ביותר — יש עוד</numerusform>
            <numerusform>מוצגים %n הדיונים החוזרים הקרובים ביותר — יש עוד</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>דיון חוזר אחד</numerusform>
            <numerusform>%n דיונים חוזרים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forum</name>
    <message>
        <location filename="../../desktop/forum/common.py" line="+50"/>
        <source>Most urgent first, then the youngest child, then the oldest report.</source>
        <translation>הדחוף ביותר תחילה, אחר כך הילד/ה הצעיר/ה ביותר, ואחר כך הדיווח הוותיק ביותר.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 m</source>
        <translation>%1 ח&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 y %2 m</source>
        <translation>%1 ש&apos; %2 ח&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The decision is due within %n day(s) of the meeting</source>
        <translation>
            <numerusform>יש לבצע את ההחלטה תוך יום אחד מהישיבה</numerusform>
            <numerusform>יש לבצע את ההחלטה תוך %n ימים מהישיבה</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>physical abuse</source>
        <translation>התעללות פיזית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual abuse</source>
        <translation>פגיעה מינית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emotional abuse</source>
        <translation>התעללות רגשית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neglect</source>
        <translation>הזנחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domestic violence</source>
        <translation>אלימות במשפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ran away from home</source>
        <translation>בריחה מהבית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a parent unable to function</source>
        <translation>הורה שאינו מסוגל לתפקד</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>school</source>
        <translation>בית ספר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kindergarten</source>
        <translation>גן ילדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health service</source>
        <translation>שירותי בריאות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>police</source>
        <translation>משטרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neighbour</source>
        <translation>שכן/ה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative</source>
        <translation>קרוב/ת משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent</source>
        <translation>הורה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the minor</source>
        <translation>הקטין/ה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>department worker</source>
        <translation>עובד/ת המחלקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>אנונימי</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>report</source>
        <translation>דיווח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intake referral</source>
        <translation>פנייה מהאינטייק</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assessment visit</source>
        <translation>ביקור להערכת מצב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the treatment-plan committee</source>
        <translation>הפניה לוועדה לתכניות טיפול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report to the police</source>
        <translation>דיווח למשטרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergency removal from home</source>
        <translation>הוצאה דחופה מהבית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services in the community</source>
        <translation>שירותים בקהילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no further action</source>
        <translation>ללא המשך טיפול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other intervention</source>
        <translation>התערבות אחרת</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>planned</source>
        <translation>מתוכננת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>התקיימה</translation>
    </message>
</context>
<context>
    <name>ForumCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/forum/page.py" line="+95"/>
        <source>%n decided</source>
        <translation>
            <numerusform>דיווח אחד הוכרע</numerusform>
            <numerusform>%n דיווחים הוכרעו</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForumMeetingDialog</name>
    <message>
        <location filename="../../desktop/forum/meeting_dialog.py" line="+51"/>
        <source>New forum meeting</source>
        <translation>ישיבת פורום חדשה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum meeting of %1</source>
        <translation>ישיבת הפורום מיום %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One name per line: the forum&apos;s members and guests</source>
        <translation>שם אחד בכל שורה: חברי הפורום והאורחים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The district youth-law worker &amp;attends (monthly)</source>
        <translation>&amp;עו&quot;ס לחוק הנוער המחוזי/ת משתתף/ת (פעם בחודש)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seen by all staff: no details of families or children here</source>
        <translation>גלוי לכל הצוות: אין לכתוב כאן פרטים על משפחות או ילדים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>&amp;תאריך:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;hair:</source>
        <translation>&amp;יו&quot;ר:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttendees:</source>
        <translation>מ&amp;שתתפים:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes:</source>
        <translation>&amp;הערות:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nobody can chair the forum: ask the administrator for the youth-law workers&apos; and team heads&apos; accounts.</source>
        <translation>אין מי שיכול/ה לכהן כיו&quot;ר הפורום: נא לפנות למנהל/ת המערכת בעניין החשבונות של העו&quot;סים לחוק הנוער ושל ראשי הצוותים.</translation>
    </message>
</context>
<context>
    <name>ForumPage</name>
    <message>
        <location filename="../../desktop/forum/page.py" line="+28"/>
        <source>Youth-law forum</source>
        <translation>פורום חוק הנוער</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;ישיבה:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forum meeting</source>
        <translation>ישיבת פורום</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New meeting…</source>
        <translation>ישיבה חד&amp;שה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;עריכת הישיבה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;held</source>
        <translation>&amp;סימון כהתקיימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the meeting took place</source>
        <translation>רישום שהישיבה התקיימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print minutes…</source>
        <translation>הדפסת ה&amp;פרוטוקול…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Agenda: reports waiting for a decision</source>
        <translation>סדר היום: דיווחים הממתינים להחלטה</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Urgency</source>
        <translation>דחיפות</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Reported on</source>
        <translation>תאריך הדיווח</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days open</source>
        <translation>ימים פתוח</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported by</source>
        <translation>גורם מדווח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>תקציר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report is waiting for the forum. A report is recorded from the family file&apos;s Youth law tab.</source>
        <translation>אין דיווחים הממתינים לפורום. דיווח נרשם מהלשונית &quot;חוק הנוער&quot; שבתיק המשפחה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>סדר היום</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decide…</source>
        <translation>&amp;החלטה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the forum&apos;s decision on the selected report (Enter)</source>
        <translation>רישום החלטת הפורום בדיווח שנבחר (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the family file</source>
        <translation>פ&amp;תיחת תיק המשפחה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show mo&amp;re</source>
        <translation>הצגת &amp;נוספים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the next reports of the agenda</source>
        <translation>הצגת הדיווחים הבאים בסדר היום</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <location line="+173"/>
        <source>Decided at this meeting</source>
        <translation>הוחלט בישיבה זו</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Intervention</source>
        <translation>התערבות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was decided at this meeting yet.</source>
        <translation>טרם התקבלו החלטות בישיבה זו.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No meeting yet: New meeting (Ctrl+N)</source>
        <translation>אין עדיין ישיבה: ישיבה חדשה (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose this week&apos;s meeting, or make it with New meeting (Ctrl+N): the forum&apos;s decisions are recorded at a meeting.</source>
        <translation>יש לבחור את הישיבה של השבוע, או ליצור אותה באמצעות &quot;ישיבה חדשה&quot; (Ctrl+N): החלטות הפורום נרשמות במסגרת ישיבה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair: %1</source>
        <translation>יו&quot;ר: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendees: %1</source>
        <translation>משתתפים: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the district youth-law worker attends (monthly)</source>
        <translation>בהשתתפות עו&quot;ס לחוק הנוער המחוזי/ת (פעם בחודש)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting of %1 is ahead: its decisions are recorded on the day (or choose today&apos;s meeting).</source>
        <translation>הישיבה מיום %1 טרם התקיימה: ההחלטות שלה יירשמו ביום הישיבה (או שיש לבחור את הישיבה של היום).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the first %1 of %2</source>
        <translation>%1 הראשונים מתוך %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>דיווח אחד ממתין</numerusform>
            <numerusform>%n דיווחים ממתינים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Decided at this meeting (%n)</source>
        <translation>
            <numerusform>הוחלט בישיבה זו (%n)</numerusform>
            <numerusform>הוחלט בישיבה זו (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+2"/>
        <source>Mark held</source>
        <translation>סימון כהתקיימה</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Record that the forum met on %1?</source>
        <translation>לרשום שהפורום התכנס ב-%1?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decided: a task was sent to %1 for %2.</source>
        <translation>ההחלטה נרשמה: נשלחה משימה אל %1 בעניין %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided for %1: %2.</source>
        <translation>ההחלטה בעניין %1: %2.</translation>
    </message>
</context>
<context>
    <name>ForumPrint</name>
    <message>
        <location filename="../../desktop/forum/printing.py" line="+57"/>
        <source>Forum minutes — %1</source>
        <translation>פרוטוקול הפורום — %1</translation>
    </message>
</context>
<context>
    <name>ForumReferralDialog</name>
    <message>
        <location filename="../../desktop/forum/referral_dialog.py" line="+34"/>
        <source>Send to the youth-law forum — referral %1</source>
        <translation>העברה לפורום חוק הנוער — פנייה %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Referred by:</source>
        <translation>גורם מפנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family file:</source>
        <translation>תיק משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>&amp;ילד/ה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind of risk:</source>
        <translation>&amp;סוג הסיכון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;דחיפות:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;תיאור:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The family file has no children: a report to the forum is about a child of the file. Add the child to the file first.</source>
        <translation>בתיק המשפחה לא רשומים ילדים: דיווח לפורום עוסק בילד/ה מהתיק. יש להוסיף תחילה את הילד/ה לתיק.</translation>
    </message>
</context>
<context>
    <name>Foster</name>
    <message>
        <location filename="../../desktop/foster/common.py" line="+47"/>
        <source>committee decision missing</source>
        <translation>חסרה החלטת ועדה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>emergency foster care</source>
        <translation>אומנת חירום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short-term foster care</source>
        <translation>אומנה לטווח קצר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long-term foster care</source>
        <translation>אומנה לטווח ארוך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kinship foster care</source>
        <translation>אומנת קרובים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent to the service</source>
        <translation>נשלחה לשירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in assessment by the service</source>
        <translation>בבדיקת השירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family proposed</source>
        <translation>הוצעה משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched</source>
        <translation>נמצאה התאמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed</source>
        <translation>בהשמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>הסתיימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>נדחתה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>returned home</source>
        <translation>חזר/ה הביתה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adoption</source>
        <translation>אימוץ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to another placement</source>
        <translation>עבר/ה להשמה אחרת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>came of age</source>
        <translation>הגיע/ה לבגרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+20"/>
        <source>other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>no suitable family found</source>
        <translation>לא נמצאה משפחה מתאימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster care does not suit the child</source>
        <translation>אומנה אינה מתאימה לילד/ה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parents object</source>
        <translation>ההורים מתנגדים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>committee protocol</source>
        <translation>פרוטוקול ועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment</source>
        <translation>הערכה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medical document</source>
        <translation>מסמך רפואי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school report</source>
        <translation>דו&quot;ח מבית הספר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court document</source>
        <translation>מסמך מבית משפט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other document</source>
        <translation>מסמך אחר</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>visit with the parents</source>
        <translation>מפגש עם ההורים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker&apos;s visit</source>
        <translation>ביקור עו&quot;ס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone call</source>
        <translation>שיחת טלפון</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open (not ended or rejected)</source>
        <translation>פתוחות (שלא הסתיימו ולא נדחו)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location filename="../../desktop/foster/referral_view.py" line="-233"/>
        <source>current step</source>
        <translation>השלב הנוכחי</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reached</source>
        <translation>טרם הושג</translation>
    </message>
    <message>
        <location line="+386"/>
        <source>The referral was made without a committee decision. A task was made for you: bring it to the committee by %1.</source>
        <translation>ההפניה נעשתה ללא החלטת ועדה. נוצרה עבורך משימה: להביא אותה לדיון בוועדה עד %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency referral</source>
        <translation>הפניה בחירום</translation>
    </message>
</context>
<context>
    <name>FosterDecisionDialog</name>
    <message>
        <location filename="../../desktop/foster/dialogs.py" line="+379"/>
        <source>Attach the committee decision — %1</source>
        <translation>צירוף החלטת הוועדה — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The committee has not decided on an out-of-home placement of this child yet (a final protocol). Record its hearing first.</source>
        <translation>הוועדה טרם החליטה על השמה חוץ-ביתית של ילד/ה זה/זו (בפרוטוקול סופי). יש לרשום תחילה את הדיון בוועדה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committee &amp;decision:</source>
        <translation>&amp;החלטת הוועדה:</translation>
    </message>
</context>
<context>
    <name>FosterDocumentDialog</name>
    <message>
        <location line="+26"/>
        <source>Attach a document — %1</source>
        <translation>צירוף מסמך — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A PDF file</source>
        <translation>קובץ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;בחירה…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File:</source>
        <translation>&amp;קובץ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;סוג:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;כותרת:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a PDF document</source>
        <translation>בחירת מסמך PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>מסמכי PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FosterMoveDialog</name>
    <message>
        <location line="-191"/>
        <source>Move the referral — %1</source>
        <translation>העברת ההפניה לשלב אחר — %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A move back along the pipeline needs a reason.</source>
        <translation>חזרה לשלב קודם מחייבת ציון סיבה.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;to:</source>
        <translation>העברה &amp;לשלב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>&amp;On:</source>
        <translation>&amp;תאריך:</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Foster &amp;family&apos;s code:</source>
        <translation>&amp;קוד משפחת האומנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locality:</source>
        <translation>&amp;יישוב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it ended:</source>
        <translation>&amp;מדוע הסתיימה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the service re&amp;jected it:</source>
        <translation>מדוע השירות &amp;דחה אותה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Now: %1 since %2.</source>
        <translation>כעת: %1 מיום %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (back)</source>
        <translation>%1 (חזרה לשלב קודם)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;סיבה (חובה):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed &amp;on:</source>
        <translation>&amp;תאריך ההשמה:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended &amp;on:</source>
        <translation>&amp;תאריך הסיום:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move the referral of %1 to &quot;%2&quot;? It cannot be moved again afterwards.</source>
        <translation>להעביר את ההפניה של %1 לשלב &quot;%2&quot;? לאחר מכן לא יהיה אפשר להעביר אותה שוב.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that %1 was placed with foster family %2 on %3? The committee&apos;s placement is recorded too, and the annual review set.</source>
        <translation>לרשום כי %1 הושם/ה במשפחת האומנה %2 בתאריך %3? ההשמה תירשם גם בוועדה, וייקבע מועד הדיון השנתי.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move</source>
        <translation>העברה</translation>
    </message>
</context>
<context>
    <name>FosterPrint</name>
    <message>
        <location filename="../../desktop/foster/printing.py" line="+109"/>
        <source>Foster referral with its attachments — %1</source>
        <translation>הפניה לאומנה עם הנספחים — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Placement summary — %1</source>
        <translation>סיכום השמה — %1</translation>
    </message>
</context>
<context>
    <name>FosterReferralDialog</name>
    <message>
        <location filename="../../desktop/foster/dialogs.py" line="-272"/>
        <source>Foster referral — %1</source>
        <translation>הפניה לאומנה — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New foster referral</source>
        <translation>הפניה חדשה לאומנה</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g. the district&apos;s foster-care service</source>
        <translation>למשל שירות האומנה המחוזי</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hild:</source>
        <translation>&amp;ילד/ה:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee &amp;decision:</source>
        <translation>&amp;החלטת הוועדה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emergency reason:</source>
        <translation>סיבת ה&amp;חירום:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;סוג:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster-care &amp;service:</source>
        <translation>&amp;שירות האומנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why foster care, the child&apos;s needs:</source>
        <translation>&amp;מדוע אומנה, צורכי הילד/ה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact with the parents:</source>
        <translation>&amp;קשר עם ההורים:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The family file has no children: add the child to the file first.</source>
        <translation>בתיק המשפחה לא רשומים ילדים: יש להוסיף תחילה את הילד/ה לתיק.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No final out-of-home decision of the committee for this child</source>
        <translation>אין לילד/ה זה/זו החלטה סופית של הוועדה על השמה חוץ-ביתית</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency, committee to follow</source>
        <translation>חירום, דיון בוועדה בהמשך</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A referral carries out a final committee decision for an out-of-home placement of the child. In an emergency, the youth-law worker, the team head or the manager makes it before the committee decides.</source>
        <translation>הפניה לאומנה מממשת החלטה סופית של הוועדה על השמה חוץ-ביתית של הילד/ה. במצב חירום, עו&quot;ס לחוק הנוער, ראש/ת הצוות או מנהל/ת המחלקה רשאים להפנות לפני החלטת הוועדה.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Without a committee decision: the committee must decide by %1. A task to bring the referral to the committee is made for you.</source>
        <translation>ללא החלטת ועדה: על הוועדה להחליט עד %1. תיווצר עבורך משימה להביא את ההפניה לדיון בוועדה.</translation>
    </message>
</context>
<context>
    <name>FosterReferralView</name>
    <message>
        <location filename="../../desktop/foster/referral_view.py" line="-353"/>
        <source>Foster referral</source>
        <translation>הפניה לאומנה</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The referral</source>
        <translation>ההפניה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foster-care service:</source>
        <translation>שירות האומנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker:</source>
        <translation>עו&quot;ס מטפל/ת:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation>מצב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee decision:</source>
        <translation>החלטת הוועדה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why foster care:</source>
        <translation>מדוע אומנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact with the parents:</source>
        <translation>קשר עם ההורים:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placement</source>
        <translation>השמה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster family&apos;s code:</source>
        <translation>קוד משפחת האומנה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality:</source>
        <translation>יישוב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed on:</source>
        <translation>תאריך ההשמה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annual review:</source>
        <translation>דיון שנתי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended:</source>
        <translation>סיום:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Move to…</source>
        <translation>העברה &amp;לשלב…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach &amp;decision…</source>
        <translation>&amp;צירוף החלטה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;עריכת הפרטים…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print the referral</source>
        <translation>&amp;הדפסת ההפניה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placement &amp;summary</source>
        <translation>&amp;סיכום השמה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;family file</source>
        <translation>פתיחת &amp;תיק המשפחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The referral form, the committee&apos;s protocol and the attached documents as one PDF (Ctrl+P)</source>
        <translation>טופס ההפניה, פרוטוקול הוועדה והמסמכים המצורפים כקובץ PDF אחד (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>שלב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>משלב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved by</source>
        <translation>הועבר על ידי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+22"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>נוסף על ידי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added on</source>
        <translation>תאריך ההוספה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No documents attached. The committee&apos;s protocol is added to the printed referral by itself.</source>
        <translation>לא צורפו מסמכים. פרוטוקול הוועדה מצורף להפניה המודפסת באופן אוטומטי.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Documents</source>
        <translation>מסמכים</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Add document…</source>
        <translation>הוספת &amp;מסמך…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open document</source>
        <translation>&amp;פתיחת מסמך</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove document…</source>
        <translation>הס&amp;רת מסמך…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With whom</source>
        <translation>עם מי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>נרשם על ידי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visits recorded.</source>
        <translation>לא נרשמו ביקורים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Visits</source>
        <translation>ביקורים</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Record a &amp;visit…</source>
        <translation>רישום &amp;ביקור…</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>, %n year(s)</source>
        <translation>
            <numerusform>, בגיל שנה</numerusform>
            <numerusform>, בגיל %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster referral — %1</source>
        <translation>הפניה לאומנה — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster referral: %1%2 · file %3 · %4</source>
        <translation>הפניה לאומנה: %1%2 · תיק %3 · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Committee decision missing: the committee must decide by %1.</source>
        <translation>חסרה החלטת ועדה: על הוועדה להחליט עד %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 since %2</source>
        <translation>%1 מיום %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None yet (emergency): %1</source>
        <translation>אין עדיין (חירום): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>לא נרשם</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rejected: %1</source>
        <translation>נדחתה: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>created</source>
        <translation>נוצרה</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Documents (%1)</source>
        <translation>מסמכים (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits (%1)</source>
        <translation>ביקורים (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Visits are recorded once the child is placed (Ctrl+Shift+V)</source>
        <translation>ביקורים נרשמים לאחר שהילד/ה הושם/ה (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Remove the document &quot;%1&quot; from the referral?</source>
        <translation>להסיר את המסמך &quot;%1&quot; מההפניה?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove document</source>
        <translation>הסרת מסמך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
</context>
<context>
    <name>FosterReferralsPage</name>
    <message>
        <location filename="../../desktop/foster/page.py" line="+82"/>
        <location line="+60"/>
        <source>Foster-care referrals</source>
        <translation>הפניות לאומנה</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>every kind</source>
        <translation>כל הסוגים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File number or child&apos;s name</source>
        <translation>מספר תיק או שם הילד/ה</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Status:</source>
        <translation>&amp;מצב:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind:</source>
        <translation>&amp;סוג:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searc&amp;h:</source>
        <translation>&amp;חיפוש:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open the referral</source>
        <translation>&amp;פתיחת ההפניה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected referral (Enter, Ctrl+O)</source>
        <translation>פתיחת ההפניה שנבחרה (Enter, Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;family file</source>
        <translation>פתיחת &amp;תיק המשפחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In status</source>
        <translation>זמן במצב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foster-care service</source>
        <translation>שירות האומנה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>עו&quot;ס מטפל/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>ועדה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annual review</source>
        <translation>דיון שנתי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No foster-care referrals match. A referral is made from a committee decision below, or from the family file&apos;s Foster care tab.</source>
        <translation>אין הפניות לאומנה שמתאימות לסינון. הפניה נעשית מתוך החלטת ועדה שלהלן, או מתוך תיק המשפחה (בכרטיסיית האומנה).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Committee decisions awaiting a referral</source>
        <translation>החלטות ועדה הממתינות להפניה</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Heard on</source>
        <translation>תאריך הדיון</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>החלטה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every out-of-home decision of the committee has its referral.</source>
        <translation>לכל החלטה של הוועדה על השמה חוץ-ביתית כבר יש הפניה.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create referral…</source>
        <translation>&amp;יצירת הפניה…</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>יום אחד</numerusform>
            <numerusform>%n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An emergency referral: the committee has not decided yet</source>
        <translation>הפניית חירום: הוועדה טרם החליטה</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No referrals yet.</source>
        <translation>אין עדיין הפניות.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 of %2</source>
        <translation>%1 הראשונות מתוך %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>הפניה אחת</numerusform>
            <numerusform>%n הפניות</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Committee decisions awaiting a referral (%1)</source>
        <translation>החלטות ועדה הממתינות להפניה (%1)</translation>
    </message>
</context>
<context>
    <name>FosterTab</name>
    <message>
        <location filename="../../desktop/foster/file_tab.py" line="+60"/>
        <source>New &amp;foster referral…</source>
        <translation>הפניה &amp;חדשה לאומנה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to…</source>
        <translation>העברה &amp;לשלב…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the referral</source>
        <translation>&amp;פתיחת ההפניה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its pipeline, documents, visits and printing (Enter)</source>
        <translation>שלבי ההפניה, המסמכים, הביקורים וההדפסה (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the re&amp;ferral</source>
        <translation>הדפסת &amp;ההפניה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The referral form, the committee&apos;s protocol and the attached documents as one PDF</source>
        <translation>טופס ההפניה, פרוטוקול הוועדה והמסמכים המצורפים כקובץ PDF אחד</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster-care service</source>
        <translation>שירות האומנה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committee decision</source>
        <translation>החלטת ועדה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placement</source>
        <translation>השמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual review</source>
        <translation>דיון שנתי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No foster-care referral for the family&apos;s children.</source>
        <translation>אין הפניות לאומנה עבור ילדי המשפחה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster-care referrals</source>
        <translation>הפניות לאומנה</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>due %1</source>
        <translation>עד %1</translation>
    </message>
</context>
<context>
    <name>FosterVisitDialog</name>
    <message>
        <location filename="../../desktop/foster/dialogs.py" line="+254"/>
        <source>Record a visit — %1</source>
        <translation>רישום ביקור — %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Day:</source>
        <translation>&amp;תאריך:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;סוג:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;With whom:</source>
        <translation>&amp;עם מי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;הערה:</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="+97"/>
        <source>Hand over — referral %1</source>
        <translation>מסירה לעו&quot;ס משפחה — פנייה %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Team:</source>
        <translation>&amp;צוות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worker:</source>
        <translation>&amp;עו&quot;ס מטפל/ת:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First contact &amp;due:</source>
        <translation>&amp;מועד לקשר ראשון:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Default: %n day(s) for the urgency &quot;%2&quot;</source>
        <translation>
            <numerusform>ברירת מחדל: יום אחד לדחיפות &quot;%2&quot;</numerusform>
            <numerusform>ברירת מחדל: %n ימים לדחיפות &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This team has no worker who can take the file.</source>
        <translation>בצוות זה אין עו&quot;ס שיכול/ה לקבל את התיק.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open files: %1, overdue tasks: %2</source>
        <translation>תיקים פתוחים: %1, משימות באיחור: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand the file over to %1, with a first-contact task due %2?</source>
        <translation>למסור את התיק אל %1, עם משימת קשר ראשון עד %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand over</source>
        <translation>מסירה</translation>
    </message>
</context>
<context>
    <name>IncomeTablesView</name>
    <message>
        <location filename="../../desktop/daycare/income_tables.py" line="+94"/>
        <source>Day-care income levels</source>
        <translation>דרגות הכנסה למעונות יום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parents&apos; share is found from the household&apos;s income per person (a month) in the version in force on 1 September of the school year (or on the day the case is prepared, if later).</source>
        <translation>השתתפות ההורים נקבעת לפי ההכנסה החודשית לנפש במשק הבית, בגרסת הטבלה שבתוקף ב־1 בספטמבר של שנת הלימודים (או ביום הכנת התיק, אם הוא מאוחר יותר).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In force from</source>
        <translation>בתוקף מתאריך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Levels</source>
        <translation>דרגות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>בשימוש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No income table yet: make the first version.</source>
        <translation>אין עדיין טבלת דרגות הכנסה: יש ליצור את הגרסה הראשונה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions of the income table</source>
        <translation>גרסאות טבלת דרגות ההכנסה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w version…</source>
        <translation>גרסה &amp;חדשה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versions</source>
        <translation>גרסאות</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The version</source>
        <translation>הגרסה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. the ministry&apos;s update of January</source>
        <translation>למשל: עדכון המשרד מינואר</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Income levels</source>
        <translation>דרגות הכנסה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>דרגה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From (₪ per person)</source>
        <translation>מסכום (₪ לנפש)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (₪ per person; empty: and more)</source>
        <translation>עד סכום (₪ לנפש; ריק: ומעלה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents&apos; share (₪ a month)</source>
        <translation>השתתפות ההורים (₪ לחודש)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a le&amp;vel</source>
        <translation>הוספת &amp;דרגה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove the last level</source>
        <translation>&amp;הסרת הדרגה האחרונה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save the version</source>
        <translation>&amp;שמירת הגרסה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo the changes</source>
        <translation>&amp;ביטול השינויים</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In force fro&amp;m:</source>
        <translation>בתוקף &amp;מתאריך:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;ote:</source>
        <translation>ה&amp;ערה:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (in force)</source>
        <translation>%1 (בתוקף)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A new version, not saved yet: it comes into force on the date above.</source>
        <translation>גרסה חדשה שטרם נשמרה: היא תיכנס לתוקף בתאריך שלמעלה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version was used to compute the parents&apos; share of a day-care case: it can no longer be changed. To change the levels, make a new version from a date.</source>
        <translation>גרסה זו שימשה לחישוב השתתפות ההורים בתיק מעון יום: אי אפשר עוד לשנות אותה. כדי לשנות את הדרגות, יש ליצור גרסה חדשה החל מתאריך מסוים.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The department&apos;s manager keeps this table.</source>
        <translation>מנהל/ת המחלקה אחראי/ת על עדכון טבלה זו.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case has used this version yet: it can still be corrected.</source>
        <translation>גרסה זו טרם שימשה לחישוב באף תיק: עדיין אפשר לתקן אותה.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>from</source>
        <translation>מסכום</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>עד סכום</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share</source>
        <translation>השתתפות ההורים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %1, %2: &quot;%3&quot; is not an amount in shekels (for example 2,500.00).</source>
        <translation>דרגה %1, %2: &quot;%3&quot; אינו סכום בשקלים (לדוגמה 2,500.00).</translation>
    </message>
</context>
<context>
    <name>IntakePrint</name>
    <message>
        <location filename="../../desktop/intake/printing.py" line="+63"/>
        <source>Referral letter — %1</source>
        <translation>מכתב הפניה — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intake summary — %1</source>
        <translation>סיכום אינטייק — %1</translation>
    </message>
</context>
<context>
    <name>IntakeQueueView</name>
    <message>
        <location filename="../../desktop/intake/queue.py" line="+63"/>
        <location line="+82"/>
        <source>Intake queue</source>
        <translation>תור האינטייק</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>&amp;New referral…</source>
        <translation>&amp;פנייה חדשה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>פ&amp;תיחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected referral (Enter)</source>
        <translation>פתיחת הפנייה שנבחרה (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+45"/>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>All sources</source>
        <translation>כל המקורות</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Intake worker</source>
        <translation>עו&quot;ס אינטייק</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>All intake workers</source>
        <translation>כל עו&quot;ס האינטייק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;מתאריך:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received from</source>
        <translation>התקבלה מתאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;עד תאריך:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received until</source>
        <translation>התקבלה עד תאריך</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include &amp;closed</source>
        <translation>כולל &amp;סגורות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source:</source>
        <translation>מ&amp;קור:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Intake worker:</source>
        <translation>עו&quot;ס &amp;אינטייק:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>תאריך קבלה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age (days)</source>
        <translation>ימים מהקבלה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>דחיפות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>הנוגעים בדבר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>הבעיה המוצגת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open referrals</source>
        <translation>אין פניות פתוחות</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Due by %1: the referral needs an outcome</source>
        <translation>לטיפול עד %1: נדרשת החלטה בפנייה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by %1</source>
        <translation>לטיפול עד %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>פנייה אחת</numerusform>
            <numerusform>%n פניות</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open</source>
        <translation>פתוח</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hand-over</source>
        <translation>למסירה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 overdue</source>
        <translation>%1 באיחור</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <location filename="../../desktop/committees/invitations.py" line="+241"/>
        <source>Invitations — meeting of %1</source>
        <translation>זימונים — ישיבת הוועדה מיום %1</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <location line="-174"/>
        <source>Invitations — meeting of %1</source>
        <translation>זימונים — ישיבת הוועדה מיום %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each letter is printed in its addressee&apos;s language. The date sent is recorded once the letters are printed or saved.</source>
        <translation>כל מכתב מודפס בשפת הנמען/ת. תאריך המשלוח נרשם לאחר שהמכתבים הודפסו או נשמרו.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants to invite</source>
        <translation>משתתפים לזימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>אופן הזימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited on</source>
        <translation>תאריך הזימון</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Participants:</source>
        <translation>&amp;משתתפים:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check &amp;all</source>
        <translation>&amp;סימון הכול</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;none</source>
        <translation>&amp;ניקוי הסימון</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing the letters…</source>
        <translation>המכתבים בהכנה…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;view the letters…</source>
        <translation>&amp;תצוגה מקדימה של המכתבים…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>מכתב אחד</numerusform>
            <numerusform>%n מכתבים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parents concerned: %1.</source>
        <translation>ההורים הנוגעים בדבר: %1.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../desktop/clubs/leave_dialog.py" line="+28"/>
        <source>Leaving the club — %1</source>
        <translation>עזיבת המועדונית — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the club since %1.</source>
        <translation>במועדונית מאז %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leaves on:</source>
        <translation>&amp;תאריך עזיבה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;הערה:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the club</source>
        <translation>המועדונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that %1 leaves %2 on %3? The seat is free from that day.</source>
        <translation>לרשום ש-%1 עוזב/ת את %2 בתאריך %3? המקום מתפנה מאותו יום.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the leaving</source>
        <translation>רישום העזיבה</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="-35"/>
        <location line="+2"/>
        <source>SQLite file: %1</source>
        <translation>קובץ SQLite: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server %1:%2, database %3</source>
        <translation>שרת PostgreSQL %1:%2, מסד נתונים %3</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Maane — sign in</source>
        <translation>מענה — כניסה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maane</source>
        <translation>מענה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department of social services — case management</source>
        <translation>המחלקה לשירותים חברתיים — ניהול תיקים</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User name:</source>
        <translation>שם משתמש:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>סיסמה:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database:</source>
        <translation>מסד נתונים:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in…</source>
        <translation>מתבצעת כניסה…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access is personal. Every access to the information is recorded.</source>
        <translation>הגישה אישית. כל גישה למידע נרשמת.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <translation>כניסה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please type your user name.</source>
        <translation>נא להקליד שם משתמש.</translation>
    </message>
</context>
<context>
    <name>MaaneApp</name>
    <message>
        <location filename="../../desktop/app.py" line="+170"/>
        <source>Maane — database of another version</source>
        <translation>מענה — מסד נתונים של גרסה אחרת</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+54"/>
        <source>Maane — %1 (%2)</source>
        <translation>מענה — %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections</source>
        <translation>מדורים</translation>
    </message>
    <message>
        <location filename="../../desktop/features.py" line="+147"/>
        <source>Intake</source>
        <translation>אינטייק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family files</source>
        <translation>תיקי משפחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My tasks</source>
        <translation>המשימות שלי</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committees</source>
        <translation>ועדות</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committee follow-up</source>
        <translation>מעקב ועדה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clubs</source>
        <translation>מועדוניות</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Therapy centre</source>
        <translation>מרכז הטיפולים</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Foster care</source>
        <translation>אומנה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Youth-law forum</source>
        <translation>פורום חוק הנוער</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day-care</source>
        <translation>מעונות יום</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day-care income levels</source>
        <translation>דרגות הכנסה למעונות יום</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff accounts</source>
        <translation>חשבונות עובדים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department settings</source>
        <translation>הגדרות המחלקה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access log</source>
        <translation>יומן גישה</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="+10"/>
        <source>Your role has no case-work modules in this version of Maane.</source>
        <translation>לתפקיד שלך אין מודולים של עבודה בתיקים בגרסה זו של מענה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome</source>
        <translation>ברוכים הבאים</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>י&amp;ציאה מהחשבון</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xit</source>
        <translation>&amp;סגירת התוכנה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;מעבר</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find a family</source>
        <translation>&amp;חיפוש משפחה</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working…</source>
        <translation>בעבודה…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Maane</source>
        <translation>מענה</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Access to this information is recorded in the access log (Privacy Protection Regulations).</source>
        <translation>הגישה למידע זה נרשמת ביומן הגישה (תקנות הגנת הפרטיות).</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/committees/meeting_dialog.py" line="-121"/>
        <source>New committee meeting</source>
        <translation>ישיבת ועדה חדשה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting of %1</source>
        <translation>ישיבת הוועדה מיום %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. the department&apos;s meeting room, 2nd floor</source>
        <translation>לדוגמה: חדר הישיבות של המחלקה, קומה 2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seen by all staff: no details of families or children here</source>
        <translation>גלוי לכל הצוות: בלי פרטים על משפחות או ילדים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation>&amp;תאריך:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time:</source>
        <translation>&amp;שעה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;מקום:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Level:</source>
        <translation>&amp;סוג הוועדה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <translation>&amp;יו&quot;ר הוועדה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;oordinator:</source>
        <translation>מ&amp;רכז/ת הוועדה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;הערות:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No team head or manager can chair the committee: ask the administrator.</source>
        <translation>אין ראש/ת צוות או מנהל/ת שיכולים לכהן כיו&quot;ר הוועדה: נא לפנות למנהל/ת המערכת.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The meeting date %1 has already passed: please choose today or a later date.</source>
        <translation>תאריך הישיבה %1 כבר עבר: נא לבחור את התאריך של היום או תאריך מאוחר יותר.</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../desktop/committees/meeting_view.py" line="+73"/>
        <source>&amp;Back to the meetings</source>
        <translation>&amp;חזרה לישיבות</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;עריכת הפרטים…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the &amp;meeting…</source>
        <translation>&amp;ביטול הישיבה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invitations…</source>
        <translation>&amp;זימונים…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested by</source>
        <translation>מבקש/ת הדיון</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited / confirmed</source>
        <translation>זומנו / אישרו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>פרוטוקול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases on the agenda yet</source>
        <translation>אין עדיין דיונים בסדר היום</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Agenda</source>
        <translation>סדר יום</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Add case…</source>
        <translation>&amp;הוספת דיון…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit case…</source>
        <translation>עריכת &amp;דיון…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove case</source>
        <translation>ה&amp;סרת דיון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>הזזה &amp;למעלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>הזזה למ&amp;טה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;tocol…</source>
        <translation>&amp;פרוטוקול…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>ארגון</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>פרטי קשר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>אופן הזימון</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited on</source>
        <translation>תאריך הזימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>אישר/ה הגעה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No participants yet: add the family first</source>
        <translation>אין עדיין משתתפים: יש להוסיף תחילה את המשפחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+140"/>
        <source>Participants</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Add &amp;participant…</source>
        <translation>הוספת מ&amp;שתתף/ת…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the &amp;family…</source>
        <translation>הוספת ה&amp;משפחה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit parti&amp;cipant…</source>
        <translation>ע&amp;ריכת משתתף/ת…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove participa&amp;nt</source>
        <translation>הסר&amp;ת משתתף/ת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onfirmed</source>
        <translation>&amp;אישר/ה הגעה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The participant confirmed they will come</source>
        <translation>המשתתף/ת אישר/ה הגעה לישיבה</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Meeting of %1</source>
        <translation>ישיבת הוועדה מיום %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 בשעה %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chair: %1</source>
        <translation>יו&quot;ר הוועדה: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator: %1</source>
        <translation>מרכז/ת הוועדה: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: %1</source>
        <translation>בוטלה: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 invited, %2 confirmed, of %3 participants</source>
        <translation>מתוך %3 משתתפים: %1 זומנו, %2 אישרו הגעה</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Participants — %1</source>
        <translation>משתתפים — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The protocol screen is not available in this version.</source>
        <translation>מסך הפרוטוקול אינו זמין בגרסה זו.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove case</source>
        <translation>הסרת דיון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1&apos;s case from the agenda, with its participants?</source>
        <translation>להסיר מסדר היום את הדיון בעניינו/ה של %1, יחד עם משתתפי הדיון?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove participant</source>
        <translation>הסרת משתתף/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the participants of %2&apos;s case?</source>
        <translation>להסיר את %1 ממשתתפי הדיון בעניינו/ה של %2?</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../desktop/committees/meetings.py" line="+58"/>
        <location line="+51"/>
        <source>Committee meetings</source>
        <translation>ישיבות הוועדה</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;ישיבה חדשה…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>פ&amp;תיחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected meeting (Enter)</source>
        <translation>פתיחת הישיבה שנבחרה (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>&amp;מתאריך:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings from</source>
        <translation>ישיבות מתאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;עד תאריך:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings until</source>
        <translation>ישיבות עד תאריך</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include &amp;cancelled</source>
        <translation>כולל ישיבות ש&amp;בוטלו</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>סוג הוועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chair</source>
        <translation>יו&quot;ר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>דיונים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final protocols</source>
        <translation>פרוטוקולים סופיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings in these dates</source>
        <translation>אין ישיבות בתאריכים אלה</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>ישיבה אחת</numerusform>
            <numerusform>%n ישיבות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberChooser</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="+123"/>
        <source>A &amp;known person</source>
        <translation>אדם &amp;מוכר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ne&amp;w person</source>
        <translation>אדם ח&amp;דש</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name, ID number or phone</source>
        <translation>שם, ת&quot;ז או טלפון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;חיפוש:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Persons found</source>
        <translation>האנשים שנמצאו</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Relation in the family:</source>
        <translation>&amp;קרבה במשפחה:</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n person(s) found</source>
        <translation>
            <numerusform>נמצא אדם אחד</numerusform>
            <numerusform>נמצאו %n אנשים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/families/tabs/members.py" line="-1"/>
        <source>No members are recorded in this file.</source>
        <translation>לא רשומים בני משפחה בתיק זה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a member…</source>
        <translation>הוספת בן/בת משפחה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit person…</source>
        <translation>עריכת פרטי האדם…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change relation…</source>
        <translation>שינוי קרבה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from file…</source>
        <translation>הסרה מהתיק…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Remove %1 from the file of %2? The person stays in the department&apos;s records; only their link to this family is removed (recorded in the access log).</source>
        <translation>להסיר את %1 מתיק משפחת %2? האדם נשאר ברשומות המחלקה; רק הקישור שלו למשפחה זו מוסר (ונרשם ביומן הגישה).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove from file</source>
        <translation>הסרה מהתיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/catalogue.py" line="+26"/>
        <source>family name</source>
        <translation>שם המשפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locality</source>
        <translation>יישוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neighbourhood</source>
        <translation>שכונה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file number</source>
        <translation>מספר התיק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening date</source>
        <translation>תאריך הפתיחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing date</source>
        <translation>תאריך הסגירה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for closing</source>
        <translation>סיבת הסגירה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+561"/>
        <location line="+1"/>
        <source>team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location line="-587"/>
        <source>worker</source>
        <translation>עובד/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>assignee</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>קרבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+569"/>
        <location line="+1"/>
        <source>person</source>
        <translation>אדם</translation>
    </message>
    <message>
        <location line="-569"/>
        <source>first name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ת&quot;ז</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of identity document</source>
        <translation>סוג מסמך הזיהוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>מין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred language</source>
        <translation>שפה מועדפת</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+545"/>
        <location line="+56"/>
        <location filename="../../desktop/messages.py" line="+95"/>
        <source>phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location line="-618"/>
        <source>kind of note</source>
        <translation>סוג הרישום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note date</source>
        <translation>תאריך הרישום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+177"/>
        <source>due date</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>שם משתמש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <translation>שם מלא</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>name and birth date</source>
        <translation>שם ותאריך לידה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>רשות מקומית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>department</source>
        <translation>מחלקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality (Arabic)</source>
        <translation>רשות מקומית (בערבית)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>department (Arabic)</source>
        <translation>מחלקה (בערבית)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address (Arabic)</source>
        <translation>כתובת (בערבית)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail address</source>
        <translation>כתובת דוא&quot;ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logo</source>
        <translation>סמל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of notes</source>
        <translation>מספר רשומות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response days for an immediate referral</source>
        <translation>ימי התגובה לפנייה מיידית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response days for a referral within 24 hours</source>
        <translation>ימי התגובה לפנייה לטיפול תוך 24 שעות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response days for a referral within a week</source>
        <translation>ימי התגובה לפנייה לטיפול תוך שבוע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response days for a routine referral</source>
        <translation>ימי התגובה לפנייה שגרתית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>רשומות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>date received</source>
        <translation>תאריך קבלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>אופן הפנייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of the referral</source>
        <translation>מקור הפנייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer&apos;s name</source>
        <translation>שם הגורם המפנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer&apos;s role</source>
        <translation>תפקיד הגורם המפנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer&apos;s organisation</source>
        <translation>ארגון הגורם המפנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer&apos;s phone</source>
        <translation>טלפון הגורם המפנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presenting problem</source>
        <translation>הבעיה המוצגת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgency</source>
        <translation>דחיפות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons concerned</source>
        <translation>הנוגעים בדבר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service referred to</source>
        <translation>הגורם המקבל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details of the receiving service</source>
        <translation>פרטי הגורם המקבל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for no intervention</source>
        <translation>הסיבה לאי-התערבות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goals</source>
        <translation>מטרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <location line="+440"/>
        <source>club request</source>
        <translation>בקשה למועדונית</translation>
    </message>
    <message>
        <location line="-536"/>
        <source>members</source>
        <translation>בני משפחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place of the meeting</source>
        <translation>מקום הישיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the meeting</source>
        <translation>תאריך הישיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of the meeting</source>
        <translation>שעת הישיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level of the committee</source>
        <translation>סוג הוועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair</source>
        <translation>יו&quot;ר הוועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>מרכז/ת הוועדה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the professional who asked for the hearing</source>
        <translation>שם איש/אשת המקצוע שביקש/ה את הדיון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role of the professional who asked for the hearing</source>
        <translation>תפקיד איש/אשת המקצוע שביקש/ה את הדיון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>background</source>
        <translation>רקע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of participant</source>
        <translation>סוג המשתתף/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>ארגון</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invitation method</source>
        <translation>אופן הזימון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invitation date</source>
        <translation>תאריך הזימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next review date</source>
        <translation>מועד הדיון החוזר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vote</source>
        <translation>הצבעה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of decision</source>
        <translation>סוג ההחלטה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>decision</source>
        <translation>החלטה</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>item of the plan</source>
        <translation>סעיף בתכנית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title of the task</source>
        <translation>כותרת המשימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person responsible</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>attendance</source>
        <translation>נוכחות</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>protocol</source>
        <translation>פרוטוקול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decisions</source>
        <translation>החלטות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right to a district hearing</source>
        <translation>הזכות לדיון בוועדה המחוזית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professionals&apos; views</source>
        <translation>עמדות אנשי המקצוע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parents&apos; position</source>
        <translation>עמדת ההורים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>child&apos;s position</source>
        <translation>עמדת הילד/ה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary of the discussion</source>
        <translation>סיכום הדיון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dissent</source>
        <translation>דעת מיעוט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent&apos;s reservation</source>
        <translation>הסתייגות ההורה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement setting</source>
        <translation>מסגרת ההשמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+15"/>
        <source>start date</source>
        <translation>תאריך התחלה</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>end date</source>
        <translation>תאריך סיום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>form</source>
        <translation>טופס</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>household&apos;s total monthly income</source>
        <translation>סך ההכנסה החודשית של משק הבית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household size</source>
        <translation>מספר הנפשות במשק הבית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>income levels</source>
        <translation>דרגות ההכנסה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>income table</source>
        <translation>טבלת דרגות ההכנסה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date the version is in force from</source>
        <translation>תאריך תחילת התוקף של הגרסה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ground</source>
        <translation>עילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social worker&apos;s opinion</source>
        <translation>חוות דעת העו&quot;ס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of the medical information</source>
        <translation>מקור המידע הרפואי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialist who confirmed the delay</source>
        <translation>המומחה/ית שאישר/ה את העיכוב ההתפתחותי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialist&apos;s name</source>
        <translation>שם המומחה/ית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the specialist&apos;s confirmation</source>
        <translation>תאריך אישור המומחה/ית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee</source>
        <translation>ועדה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>committee&apos;s date</source>
        <translation>תאריך הוועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee&apos;s reference</source>
        <translation>מספר האסמכתה של הוועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day-care centre</source>
        <translation>מעון יום</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capacity</source>
        <translation>קיבולת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youngest age</source>
        <translation>גיל מינימלי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oldest age</source>
        <translation>גיל מקסימלי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>שעות פעילות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guide&apos;s name</source>
        <translation>שם המדריכה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>house mother&apos;s name</source>
        <translation>שם אם הבית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervising social worker</source>
        <translation>עו&quot;ס מלווה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly fee</source>
        <translation>תשלום הורים חודשי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transport routes</source>
        <translation>קווי הסעה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name of the route</source>
        <translation>שם הקו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stops</source>
        <translation>תחנות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driver</source>
        <translation>נהג</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>club</source>
        <translation>מועדונית</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned end</source>
        <translation>סיום מתוכנן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dietary needs</source>
        <translation>צרכים תזונתיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allergies</source>
        <translation>אלרגיות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transport route</source>
        <translation>קו הסעה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop-off address</source>
        <translation>כתובת הורדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the parents&apos; consent</source>
        <translation>תאריך הסכמת ההורים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name of a person allowed to collect the child</source>
        <translation>שם המורשה לאסוף את הילד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation of a person allowed to collect the child</source>
        <translation>קרבה משפחתית של המורשה לאסוף את הילד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone of a person allowed to collect the child</source>
        <translation>טלפון של המורשה לאסוף את הילד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number of a person allowed to collect the child</source>
        <translation>מספר ת&quot;ז של המורשה לאסוף את הילד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for enrolling outside the age range</source>
        <translation>סיבה לרישום מחוץ לטווח הגילים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaving date</source>
        <translation>תאריך עזיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on the leaving</source>
        <translation>הערה על העזיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for leaving</source>
        <translation>סיבת העזיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for pinning</source>
        <translation>סיבת ההצמדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pinned rank</source>
        <translation>מקום מוצמד ברשימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kindergarten or school</source>
        <translation>גן או בית ספר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact at the kindergarten or school</source>
        <translation>איש קשר בגן או בבית הספר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent&apos;s name</source>
        <translation>שם ההורה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred club</source>
        <translation>מועדונית מועדפת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>way the request came (family worker, intake, school)</source>
        <translation>אופן הגעת הבקשה (עו&quot;ס משפחה, אינטייק, בית ספר)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk</source>
        <translation>סיכון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>יום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>חודש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first month</source>
        <translation>חודש ראשון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last month</source>
        <translation>חודש אחרון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount</source>
        <translation>הנחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment date</source>
        <translation>תאריך תשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt number</source>
        <translation>מספר קבלה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>school year</source>
        <translation>שנת לימודים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who is referred</source>
        <translation>מי מופנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of therapy</source>
        <translation>סוג הטיפול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referral date</source>
        <translation>תאריך ההפניה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>therapist</source>
        <translation>מטפל/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of sessions held</source>
        <translation>מספר המפגשים שהתקיימו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on the ending</source>
        <translation>הערה על הסיום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emergency reason</source>
        <translation>סיבת החירום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new status</source>
        <translation>המצב החדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster family&apos;s code</source>
        <translation>קוד משפחת האומנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster family&apos;s locality</source>
        <translation>יישוב משפחת האומנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for ending</source>
        <translation>סיבת הסיום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for the rejection</source>
        <translation>סיבת הדחייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document file</source>
        <translation>קובץ המסמך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the visit</source>
        <translation>תאריך הביקור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with whom</source>
        <translation>עם מי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact arrangements</source>
        <translation>הסדרי קשר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date of the report</source>
        <translation>תאריך הדיווח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who reported</source>
        <translation>מי דיווח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporter&apos;s name</source>
        <translation>שם המדווח/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporter&apos;s phone</source>
        <translation>טלפון המדווח/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intervention</source>
        <translation>התערבות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attendees</source>
        <translation>נוכחים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translation>דיווח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forum meeting</source>
        <translation>ישיבת הפורום</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please fill in the {field}.</source>
        <translation>נא למלא: {field}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is too long (at most {max} characters).</source>
        <translation>השדה &quot;{field}&quot; ארוך מדי (עד {max} תווים).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number is not valid (check digit).</source>
        <translation>מספר תעודת הזהות אינו תקין (ספרת ביקורת).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date cannot be in the future.</source>
        <translation>תאריך הלידה אינו יכול להיות בעתיד.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is too far in the past.</source>
        <translation>תאריך הלידה רחוק מדי בעבר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} cannot be in the future.</source>
        <translation>השדה &quot;{field}&quot; אינו יכול להיות בעתיד.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file number {value} is already taken.</source>
        <translation>מספר התיק {value} כבר תפוס.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file number must look like 2026/0001.</source>
        <translation>מספר התיק צריך להיות בצורה 2026/0001.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search text is too long (at most {max} characters).</source>
        <translation>טקסט החיפוש ארוך מדי (עד {max} תווים).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is already closed.</source>
        <translation>התיק כבר סגור.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not closed.</source>
        <translation>התיק אינו סגור.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing date is before the file was opened.</source>
        <translation>תאריך הסגירה מוקדם מתאריך פתיחת התיק.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose a valid {field}.</source>
        <translation>נא לבחור ערך תקין בשדה &quot;{field}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This worker cannot be assigned files.</source>
        <translation>לא ניתן לשייך תיקים לעובד/ת זה/זו.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This colleague cannot see the family file, so the task cannot be given to them.</source>
        <translation>לעמית/ה זה/זו אין גישה לתיק המשפחה, ולכן אי אפשר להטיל עליו/ה את המשימה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only choose your own team.</source>
        <translation>אפשר לבחור רק את הצוות שלך.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team does not exist.</source>
        <translation>הצוות אינו קיים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team name is not valid.</source>
        <translation>שם הצוות אינו תקין.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is signed and can no longer be changed; write a correction instead.</source>
        <translation>הרישום חתום ואי אפשר לשנות אותו עוד; יש לכתוב תיקון.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a signed note can be corrected.</source>
        <translation>אפשר לתקן רק רישום חתום.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number {value} is not valid.</source>
        <translation>מספר הטלפון {value} אינו תקין.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passport number is not valid.</source>
        <translation>מספר הדרכון אינו תקין.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is already a member of the family file.</source>
        <translation>האדם כבר רשום כבן/בת משפחה בתיק.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name may contain only lower-case Latin letters, digits and _.</source>
        <translation>שם המשתמש יכול להכיל רק אותיות לטיניות קטנות, ספרות ו-_.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role.</source>
        <translation>תפקיד לא מוכר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is not valid.</source>
        <translation>הסיסמה אינה תקינה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database security roles are not installed ({role}). Ask the system administrator to run: maane db upgrade</source>
        <translation>תפקידי האבטחה של מסד הנתונים אינם מותקנים ({role}). יש לבקש ממנהל המערכת להריץ: maane db upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too short (at least {min} characters).</source>
        <translation>הסיסמה קצרה מדי (לפחות {min} תווים).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file {path} is on a network drive, where SQLite is not safe. Several users need the shared PostgreSQL database.</source>
        <translation>קובץ מסד הנתונים {path} נמצא בכונן רשת, ושם SQLite אינו בטוח. לכמה משתמשים יש להשתמש במסד הנתונים המשותף (PostgreSQL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kind of database is not supported.</source>
        <translation>סוג מסד הנתונים הזה אינו נתמך.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a database address: {value}. Give a SQLite file (for example C:\Maane\maane.sqlite) or a PostgreSQL address (postgresql://server/database).</source>
        <translation>זו אינה כתובת של מסד נתונים: {value}. יש לציין קובץ SQLite (למשל C:\Maane\maane.sqlite) או כתובת PostgreSQL (postgresql://server/database).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already has data.</source>
        <translation>במסד הנתונים כבר יש נתונים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password is required.</source>
        <translation>יש להזין סיסמה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password may not contain the user name.</source>
        <translation>הסיסמה אינה יכולה לכלול את שם המשתמש.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is one of the most common ones; please choose another.</source>
        <translation>זו אחת הסיסמאות הנפוצות ביותר; יש לבחור סיסמה אחרת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords are not the same.</source>
        <translation>שתי הסיסמאות אינן זהות.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account already has this role and team.</source>
        <translation>לחשבון כבר יש תפקיד וצוות אלה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is not valid.</source>
        <translation>השדה &quot;{field}&quot; אינו תקין.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {database} cannot hold Hebrew and Arabic: its encoding is {encoding} and its character type {ctype}. Create it with: CREATE DATABASE maane TEMPLATE template0 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos;</source>
        <translation>מסד הנתונים {database} אינו יכול להכיל עברית וערבית: הקידוד שלו {encoding} וסוג התווים {ctype}. יש ליצור אותו כך: CREATE DATABASE maane TEMPLATE template0 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo file is too large (at most {max} KB). Please choose a smaller PNG or JPEG image.</source>
        <translation>קובץ הסמל גדול מדי (עד {max} קילו-בייט). נא לבחור תמונת PNG או JPEG קטנה יותר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo file cannot be read as a PNG or JPEG image. Please choose another file.</source>
        <translation>לא ניתן לקרוא את קובץ הסמל כתמונת PNG או JPEG. נא לבחור קובץ אחר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} cannot be opened.</source>
        <translation>לא ניתן לפתוח את הקובץ {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only signed notes of this family file can be printed (not: {value}).</source>
        <translation>אפשר להדפיס רק רשומות חתומות של תיק משפחה זה (לא: {value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department settings are missing from the database. Ask the system administrator to run: maane db upgrade</source>
        <translation>הגדרות המחלקה חסרות במסד הנתונים. יש לבקש ממנהל/ת המערכת להריץ: maane db upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no family file {value} that you may see.</source>
        <translation>אין תיק משפחה {value} שמותר לך לראות.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {max} family files can be printed at once ({value} were chosen). Please choose fewer.</source>
        <translation>אפשר להדפיס עד {max} תיקי משפחה בבת אחת (נבחרו {value}). נא לבחור פחות.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no form called {value}. See: maane print --list</source>
        <translation>אין טופס בשם {value}. ראו: maane print --list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access log is kept at least {months} months: the cutoff {value} is too recent (at the latest {min}).</source>
        <translation>יומן הגישה נשמר לפחות {months} חודשים: תאריך החיתוך {value} קרוב מדי (לכל המאוחר {min}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please add at least one person concerned by the referral.</source>
        <translation>נא להוסיף לפנייה לפחות אדם אחד מהנוגעים בדבר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is already on the referral: a person can be added only once.</source>
        <translation>אדם זה כבר רשום בפנייה: אפשר להוסיף כל אדם פעם אחת בלבד.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This worker&apos;s account is not active: please choose another worker.</source>
        <translation>החשבון של עובד/ת זה/זו אינו פעיל: נא לבחור עובד/ת אחר/ת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This worker is not in the chosen team: please choose a worker of the team.</source>
        <translation>עובד/ת זה/זו אינו/ה בצוות שנבחר: נא לבחור עובד/ת מהצוות.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} has already passed: please choose today or a later date.</source>
        <translation>המועד בשדה &quot;{field}&quot; כבר עבר: נא לבחור את תאריך היום או תאריך מאוחר יותר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral already has an outcome: it can no longer be changed.</source>
        <translation>בפנייה כבר התקבלה החלטה: אי אפשר לשנות אותה עוד.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral is not waiting to be handed over.</source>
        <translation>הפנייה אינה ממתינה למסירה לעו&quot;ס משפחה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A club can be requested only for a child of the family file.</source>
        <translation>אפשר לבקש מועדונית רק עבור ילד/ה בתיק המשפחה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family file is closed: please choose an open file.</source>
        <translation>תיק המשפחה סגור: נא לבחור תיק פתוח.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This worker does not carry a caseload: please choose a family worker or the team head.</source>
        <translation>עובד/ת זה/זו אינו/ה מטפל/ת בתיקים: נא לבחור עו&quot;ס משפחה או את ראש הצוות.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} contains a control character that cannot be stored. Please remove it.</source>
        <translation>בשדה &quot;{field}&quot; יש תו בקרה שאי אפשר לשמור. נא להסיר אותו.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The only member of a family file cannot be removed. If the family has left the service, close the file instead.</source>
        <translation>אי אפשר להסיר את בן/בת המשפחה היחיד/ה בתיק. אם המשפחה הפסיקה לקבל שירות, יש לסגור את התיק במקום זאת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is in no other family file. Removing them from a restricted file would make their details visible to every case worker: add them to their own family file first, then remove them here.</source>
        <translation>אדם זה אינו רשום בשום תיק משפחה אחר. הסרתו מתיק חסוי תחשוף את פרטיו לכל העובדים הסוציאליים במחלקה: יש לצרף אותו קודם לתיק משפחה משלו, ואז להסיר אותו מכאן.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more urgent referral cannot have more response days than a less urgent one (immediate ≤ 24 hours ≤ a week ≤ routine).</source>
        <translation>לפנייה דחופה יותר לא ייתכנו יותר ימי תגובה מאשר לפנייה דחופה פחות (מיידי ≤ תוך 24 שעות ≤ תוך שבוע ≤ שגרתי).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protocol is empty: please write at least one of its sections before finalising it.</source>
        <translation>הפרוטוקול ריק: נא למלא לפחות אחד מחלקיו לפני האישור הסופי.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol has no decision: please add the committee&apos;s decision before finalising it.</source>
        <translation>אין בפרוטוקול החלטה: נא להוסיף את החלטת הוועדה לפני האישור הסופי.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task {position} has nobody responsible: please choose who carries it out.</source>
        <translation>למשימה {position} אין אחראי/ת: נא לבחור מי יבצע אותה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan was not adopted by a majority: more votes for than against are needed to finalise the protocol.</source>
        <translation>התכנית לא התקבלה ברוב קולות: לאישור סופי של הפרוטוקול נדרשים יותר קולות בעד מאשר נגד.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please record that the parents and the child were told they may ask for a hearing at the district committee.</source>
        <translation>נא לרשום שההורים והילד/ה קיבלו הסבר על זכותם לבקש דיון בוועדה המחוזית.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child placed out of home is reviewed within {months} months: please choose an earlier next review date.</source>
        <translation>דיון חוזר בעניינו של ילד/ה בהשמה חוץ-ביתית מתקיים בתוך {months} חודשים: נא לבחור מועד מוקדם יותר לדיון החוזר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting has not taken place yet: its protocol can be finalised from the day of the meeting.</source>
        <translation>הישיבה טרם התקיימה: אפשר לאשר את הפרוטוקול שלה סופית החל מיום הישיבה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting was cancelled: its protocols cannot be changed or finalised.</source>
        <translation>הישיבה בוטלה: אי אפשר לשנות את הפרוטוקולים שלה או לאשר אותם סופית.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol is final and can no longer be changed; add an addendum instead.</source>
        <translation>הפרוטוקול סופי ואי אפשר לשנות אותו עוד; במקום זאת יש להוסיף תוספת לפרוטוקול.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An addendum can be added only to a final protocol; change the draft itself instead.</source>
        <translation>אפשר להוסיף תוספת רק לפרוטוקול סופי; במקום זאת יש לשנות את הטיוטה עצמה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child already has an open placement: end it first, then record the new one.</source>
        <translation>לילד/ה כבר יש השמה פעילה: יש לסיים אותה קודם, ואז לרשום את ההשמה החדשה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The placement has already ended.</source>
        <translation>ההשמה כבר הסתיימה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The placement cannot end before it started.</source>
        <translation>ההשמה אינה יכולה להסתיים לפני שהתחילה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting is no longer planned (it was held or cancelled): it can no longer be changed.</source>
        <translation>הישיבה כבר אינה מתוכננת (היא התקיימה או בוטלה): אי אפשר לשנות אותה עוד.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair must be an active team head or the department manager.</source>
        <translation>יו&quot;ר הוועדה צריך/ה להיות ראש/ת צוות פעיל/ה או מנהל/ת המחלקה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting&apos;s chair cannot see this family file: choose another chair, or bring the case to another meeting.</source>
        <translation>ליו&quot;ר הישיבה אין גישה לתיק משפחה זה: יש לבחור יו&quot;ר אחר/ת, או להעביר את הדיון לישיבה אחרת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is not a child of the family file.</source>
        <translation>אדם זה אינו רשום כילד/ה בתיק המשפחה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This child&apos;s case is already on the meeting&apos;s agenda.</source>
        <translation>הדיון בעניינו של ילד/ה זה/זו כבר נמצא בסדר היום של הישיבה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parents would have only {days} days&apos; notice: they must be invited at least 14 days ahead, unless the hearing is urgent.</source>
        <translation>ההורים יקבלו הודעה רק {days} ימים מראש: יש לזמן אותם לפחות 14 ימים מראש, אלא אם הדיון דחוף.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give a way to reach the participant: a phone number, an e-mail address or a postal address.</source>
        <translation>נא לציין דרך ליצירת קשר עם המשתתף/ת: מספר טלפון, כתובת דוא&quot;ל או כתובת דואר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case already has a protocol: it can no longer be taken off the agenda.</source>
        <translation>לדיון כבר יש פרוטוקול: אי אפשר עוד להסיר אותו מסדר היום.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{months} months on {on}: day-care is for toddlers under 36 months on 1 September of the school year. Nothing was saved.</source>
        <translation>בתאריך {on} גיל הילד/ה {months} חודשים: מעון יום מיועד לפעוטות שגילם פחות מ־36 חודשים ב־1 בספטמבר של שנת הלימודים. שום דבר לא נשמר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child&apos;s birth date is not recorded, and day-care depends on the age on 1 September: add the birth date to the child&apos;s details first.</source>
        <translation>תאריך הלידה של הילד/ה אינו רשום, והזכאות למעון יום תלויה בגיל ב־1 בספטמבר: יש להוסיף תחילה את תאריך הלידה לפרטי הילד/ה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For abuse or neglect, the social worker&apos;s opinion goes with written medical information: mark it attached and say who wrote it.</source>
        <translation>בעילה של התעללות או הזנחה, חוות דעת העו&quot;ס מלווה במידע רפואי בכתב: יש לסמן שהמידע מצורף ולציין מי כתב אותו.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A developmental delay must be confirmed by a paediatrician or a developmental psychologist: say who confirmed it, their name and the date.</source>
        <translation>עיכוב התפתחותי טעון אישור של רופא/ת ילדים או של פסיכולוג/ית התפתחותי/ת: יש לציין מי אישר/ה אותו, את שמו/ה ואת התאריך.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose the treatment-plan committee&apos;s protocol that decided the day-care (a final protocol of this child).</source>
        <translation>נא לבחור את הפרוטוקול של הוועדה לתכניות טיפול שהחליטה על המעון (פרוטוקול סופי בעניינו/ה של הילד/ה).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the toddlers-at-risk committee&apos;s reference and the date it decided.</source>
        <translation>נא לציין את מספר האסמכתה של הוועדה לפעוטות בסיכון ואת תאריך ההחלטה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} cannot be negative.</source>
        <translation>הערך בשדה &quot;{field}&quot; אינו יכול להיות שלילי.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} has a negative amount: the amounts of the income table cannot be negative.</source>
        <translation>בדרגה {level} יש סכום שלילי: הסכומים בטבלת דרגות ההכנסה אינם יכולים להיות שליליים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is too large (at most 1,000,000 ₪ a month).</source>
        <translation>הערך בשדה &quot;{field}&quot; גדול מדי (עד 1,000,000 ₪ לחודש).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} has an amount that is too large (at most 1,000,000 ₪).</source>
        <translation>בדרגה {level} יש סכום גדול מדי (עד 1,000,000 ₪).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An income table has at most {maximum} levels.</source>
        <translation>בטבלת דרגות הכנסה יכולות להיות {maximum} דרגות לכל היותר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The household counts at least one person (and at most 30).</source>
        <translation>במשק הבית יש לפחות נפש אחת (ולכל היותר 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child already has a day-care case for this school year: open that case instead of making another.</source>
        <translation>לילד/ה כבר יש תיק מעון יום לשנת לימודים זו: יש לפתוח את התיק הקיים במקום ליצור תיק נוסף.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No income table is in force on {on}, so the parents&apos; share cannot be computed: the department&apos;s manager enters the income levels first.</source>
        <translation>אין טבלת דרגות הכנסה שבתוקף ב־{on}, ולכן אי אפשר לחשב את השתתפות ההורים: מנהל/ת המחלקה צריך/ה להזין תחילה את דרגות ההכנסה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The income table in force from {table} has no level for this income per person: the department&apos;s manager must correct the table.</source>
        <translation>בטבלת דרגות ההכנסה שבתוקף מ־{table} אין דרגה להכנסה זו לנפש: על מנהל/ת המחלקה לתקן את הטבלה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a version of the income table from {on}: choose another date, or change that version.</source>
        <translation>כבר קיימת גרסה של טבלת דרגות ההכנסה מ־{on}: יש לבחור תאריך אחר, או לשנות את הגרסה הקיימת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version of {on} was used to compute the parents&apos; share of a day-care case: it can no longer be changed. Make a new version from a date instead.</source>
        <translation>הגרסה מ־{on} שימשה לחישוב השתתפות ההורים בתיק מעון יום: אי אפשר עוד לשנות אותה. במקום זאת יש ליצור גרסה חדשה החל מתאריך מסוים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} starts before the level before it ends: the brackets overlap. Each level starts where the one before it ends.</source>
        <translation>דרגה {level} מתחילה לפני שהדרגה הקודמת לה מסתיימת: הטווחים חופפים. כל דרגה מתחילה בסכום שבו מסתיימת הדרגה הקודמת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} starts after the level before it ends: there is a gap between the brackets. Each level starts where the one before it ends.</source>
        <translation>דרגה {level} מתחילה אחרי שהדרגה הקודמת לה מסתיימת: יש פער בין הטווחים. כל דרגה מתחילה בסכום שבו מסתיימת הדרגה הקודמת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first level starts at 0 ₪: every income per person must have a level.</source>
        <translation>הדרגה הראשונה מתחילה ב־0 ₪: לכל הכנסה לנפש צריכה להיות דרגה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last level (level {level}) stays open-ended: leave its &quot;to&quot; empty.</source>
        <translation>הדרגה האחרונה (דרגה {level}) נשארת פתוחה: יש להשאיר ריק את השדה &quot;עד סכום&quot; שלה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} ends where it starts, or before: its &quot;to&quot; must be more than its &quot;from&quot;.</source>
        <translation>דרגה {level} מסתיימת היכן שהיא מתחילה, או לפני כן: הערך &quot;עד סכום&quot; שלה צריך להיות גדול מהערך &quot;מסכום&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The income table needs at least one level.</source>
        <translation>בטבלת דרגות ההכנסה צריכה להיות לפחות דרגה אחת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The levels are numbered 1, 2, 3… in order, without a gap.</source>
        <translation>הדרגות ממוספרות 1, 2, 3… לפי הסדר, ללא דילוג.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case is no longer a draft (it was approved): it can no longer be changed.</source>
        <translation>התיק כבר אינו טיוטה (הוא אושר): אי אפשר עוד לשנות אותו.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case&apos;s status does not allow this any more (it may have changed meanwhile): reload the list and try again.</source>
        <translation>מצב התיק כבר אינו מאפשר זאת (ייתכן שהשתנה בינתיים): יש לטעון מחדש את הרשימה ולנסות שוב.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The approval letter is printed once the case is approved.</source>
        <translation>מכתב האישור מודפס לאחר שהתיק אושר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date must fall within the case&apos;s school year (from 1 September {school_year} to 31 August of the next year).</source>
        <translation>תאריך ההתחלה צריך להיות בתוך שנת הלימודים של התיק (מ־1 בספטמבר {school_year} עד 31 באוגוסט בשנה שאחריה).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date cannot be before the start date.</source>
        <translation>תאריך הסיום אינו יכול להיות לפני תאריך ההתחלה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{club} is full ({capacity} children): nothing was saved. The child can wait for a seat on the club&apos;s waiting list.</source>
        <translation>המועדונית {club} מלאה ({capacity} ילדים): שום דבר לא נשמר. הילד יכול להמתין למקום ברשימת ההמתנה של המועדונית.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the start date the child is {age}, outside the club&apos;s ages ({min} to {max}). To enrol the child anyway, write the reason for enrolling outside the age range.</source>
        <translation>במועד ההתחלה גיל הילד הוא {age}, מחוץ לטווח הגילים של המועדונית ({min} עד {max}). כדי לרשום את הילד בכל זאת, יש לכתוב את הסיבה לרישום מחוץ לטווח הגילים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child is already enrolled in a club: a child is in one club at a time. Record the leaving from that club first.</source>
        <translation>הילד כבר רשום במועדונית: ילד יכול להיות רשום במועדונית אחת בלבד בכל פעם. יש לרשום תחילה את העזיבה מאותה מועדונית.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child is already waiting for this club (or for any club): change or withdraw that request instead of filing another.</source>
        <translation>הילד כבר ממתין למועדונית זו (או לכל מועדונית): יש לשנות או לבטל את הבקשה הקיימת במקום להגיש בקשה נוספת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A club is only for a child of the family file: please choose one of its children.</source>
        <translation>מועדונית מיועדת רק לילד מתיק המשפחה: יש לבחור אחד מילדי התיק.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The club is closed on that day: attendance is recorded only on club days and day-camp days.</source>
        <translation>המועדונית סגורה ביום זה: נוכחות נרשמת רק בימי פעילות המועדונית ובימי קייטנה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance cannot be recorded for a day that has not come yet.</source>
        <translation>לא ניתן לרשום נוכחות ליום שטרם הגיע.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child on the list was not enrolled in the club on that day: reload the day and try again.</source>
        <translation>ילד ברשימה לא היה רשום במועדונית ביום זה: יש לטעון מחדש את היום ולנסות שוב.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That day is outside the child&apos;s enrolment (before the start or after the leaving).</source>
        <translation>יום זה מחוץ לתקופת הרישום של הילד (לפני ההתחלה או אחרי העזיבה).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be more than zero.</source>
        <translation>הערך בשדה {field} חייב להיות גדול מאפס.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This child was never enrolled in a club: a payment is recorded only towards a child&apos;s club fees.</source>
        <translation>ילד זה לא נרשם מעולם למועדונית: תשלום נרשם רק כנגד תשלומי ההורים עבור המועדונית של ילד.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount must be less than the club&apos;s monthly fee. To waive the whole fee, record an exemption.</source>
        <translation>הנחה חייבת להיות נמוכה מתשלום ההורים החודשי של המועדונית. כדי לוותר על התשלום כולו, יש לרשום פטור.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee of that month was already charged: the exemption or discount can start from a month not charged yet.</source>
        <translation>תשלום ההורים של אותו חודש כבר חויב: הפטור או ההנחה יכולים להתחיל מחודש שטרם חויב.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is no longer waiting (the child was enrolled, or the request was withdrawn). Reload the list.</source>
        <translation>הבקשה כבר אינה ממתינה (הילד נרשם, או שהבקשה בוטלה). יש לטעון מחדש את הרשימה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A referral from a kindergarten or school needs the institution&apos;s name.</source>
        <translation>הפניה מגן או מבית ספר מחייבת את שם המוסד.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This route is not an active route of the club: please choose one of the club&apos;s routes.</source>
        <translation>קו זה אינו קו הסעה פעיל של המועדונית: יש לבחור אחד מקווי ההסעה של המועדונית.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The club already has a route called {value}.</source>
        <translation>למועדונית כבר יש קו בשם {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a club called {value}.</source>
        <translation>כבר קיימת מועדונית בשם {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The club still has {enrolled} children enrolled: record their leaving before making the club inactive.</source>
        <translation>במועדונית עדיין רשומים {enrolled} ילדים: יש לרשום את עזיבתם לפני הפיכת המועדונית ללא פעילה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The club has {enrolled} children enrolled: its capacity cannot be less than that.</source>
        <translation>במועדונית רשומים {enrolled} ילדים: הקיבולת שלה אינה יכולה להיות קטנה מכך.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child cannot leave the club before the enrolment&apos;s start date.</source>
        <translation>ילד אינו יכול לעזוב את המועדונית לפני תאריך תחילת הרישום.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The planned end cannot be before the start date.</source>
        <translation>הסיום המתוכנן אינו יכול להיות לפני תאריך ההתחלה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance of {count} children is already recorded on that day: it cannot be made a closed day.</source>
        <translation>ביום זה כבר נרשמה נוכחות של {count} ילדים: לא ניתן להגדיר אותו כיום סגור.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is not a member of the family file: please choose one of its members.</source>
        <translation>אדם זה אינו רשום בתיק המשפחה: נא לבחור אחד מבני המשפחה שבתיק.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is not a child of the family file: a child&apos;s referral is for one of its children.</source>
        <translation>אדם זה אינו רשום כילד/ה בתיק המשפחה: הפניה של ילד/ה מיועדת לאחד מילדי התיק.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is not a parent of the family file: a parent&apos;s referral is for one of its parents.</source>
        <translation>אדם זה אינו רשום כהורה בתיק המשפחה: הפניה של הורה מיועדת לאחד מההורים שבתיק.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of therapy is not given to whom the referral is for: emotional and art therapy are for a child or a parent, parent guidance for a parent or the parents together, a group for anyone.</source>
        <translation>סוג טיפול זה אינו ניתן למי שההפניה מיועדת לו: טיפול רגשי וטיפול באמנות ניתנים לילד/ה או להורה, הדרכת הורים – להורה או לשני ההורים יחד, וטיפול קבוצתי – לכל אחד.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already an open referral of this kind for this person (or for this family): it must end before another is made.</source>
        <translation>כבר קיימת הפניה פתוחה מסוג זה עבור אדם זה (או עבור משפחה זו): יש לסיים אותה לפני יצירת הפניה נוספת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral is no longer waiting: its treatment started, or it ended. Reload the list.</source>
        <translation>ההפניה כבר אינה ממתינה: הטיפול בה התחיל, או שהיא הסתיימה. יש לטעון מחדש את הרשימה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions are recorded only while the treatment is under way.</source>
        <translation>מפגשים נרשמים רק בזמן שהטיפול מתקיים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral has ended: it can no longer be changed. A new referral can be made.</source>
        <translation>ההפניה הסתיימה: אי אפשר עוד לשנות אותה. אפשר ליצור הפניה חדשה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treatment cannot start before the referral date ({value}).</source>
        <translation>הטיפול אינו יכול להתחיל לפני תאריך ההפניה ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral cannot end before {value} (the start of its treatment, or the referral date).</source>
        <translation>ההפניה אינה יכולה להסתיים לפני {value} (תחילת הטיפול, או תאריך ההפניה).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treatment never started, so its goals cannot have been met: please choose another reason.</source>
        <translation>הטיפול לא התחיל מעולם, ולכן מטרותיו לא יכלו להיות מושגות: נא לבחור סיבה אחרת.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose the committee&apos;s decision the referral carries out. Only an emergency referral (emergency foster care, by a youth-law worker, a team head or the manager) may be made before the committee decides.</source>
        <translation>נא לבחור את החלטת הוועדה שההפניה מממשת. רק הפניית חירום (אומנת חירום, על ידי עו&quot;ס לחוק הנוער, ראש צוות או מנהל/ת המחלקה) יכולה להיעשות לפני החלטת הוועדה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An emergency referral without a committee decision needs its reason: please write why the child cannot wait for the committee.</source>
        <translation>הפניית חירום ללא החלטת ועדה מחייבת נימוק: נא לכתוב מדוע הילד/ה אינו/ה יכול/ה להמתין לוועדה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child already has an open foster-care referral: continue that one instead of making another.</source>
        <translation>לילד/ה כבר יש הפניה פתוחה לאומנה: יש להמשיך בה במקום ליצור הפניה נוספת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral cannot move to that step from where it is now: reload it to see where it may go.</source>
        <translation>ההפניה אינה יכולה לעבור לשלב זה מהשלב הנוכחי: יש לטעון אותה מחדש כדי לראות לאילו שלבים אפשר להעביר אותה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A move back along the pipeline needs a reason: please write why.</source>
        <translation>החזרה לשלב קודם מחייבת נימוק: נא לכתוב מדוע.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child is placed: the referral does not move back from there. To end the placement, move it to &quot;ended&quot; with the reason.</source>
        <translation>הילד/ה נמצא/ת בהשמה: מכאן ההפניה אינה חוזרת לשלב קודם. כדי לסיים את ההשמה, יש להעביר את ההפניה לשלב &quot;הסתיימה&quot; ולציין את הסיבה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document is not a PDF file: please attach it as a PDF (scan it or save it as PDF).</source>
        <translation>המסמך אינו קובץ PDF: נא לצרף אותו כקובץ PDF (לסרוק אותו או לשמור אותו כ־PDF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document is too large (at most 10 MB): please attach a smaller PDF.</source>
        <translation>המסמך גדול מדי (עד 10 מגה-בייט): נא לצרף קובץ PDF קטן יותר.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose one of the family file&apos;s children.</source>
        <translation>נא לבחור אחד מילדי תיק המשפחה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forum has already decided this report, and a decision is final: a correction is a new report.</source>
        <translation>הפורום כבר החליט בדיווח זה, והחלטה היא סופית: תיקון נרשם כדיווח חדש.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a forum meeting on that date: choose it in the list instead of making another.</source>
        <translation>כבר קיימת ישיבת פורום בתאריך זה: יש לבחור אותה ברשימה במקום ליצור ישיבה נוספת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting&apos;s date is still ahead: a meeting is marked held, and its decisions recorded, on its day or after.</source>
        <translation>מועד הישיבה טרם הגיע: אפשר לסמן שישיבה התקיימה, ולרשום את החלטותיה, ביום הישיבה או לאחריו.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports were already decided at this meeting: its date can no longer be changed.</source>
        <translation>בישיבה זו כבר התקבלו החלטות בדיווחים: אי אפשר עוד לשנות את תאריכה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date cannot be before the meeting&apos;s date.</source>
        <translation>המועד לביצוע אינו יכול להיות לפני תאריך הישיבה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report of this urgency is handled within {days} day(s) of the meeting: please choose an earlier due date.</source>
        <translation>דיווח בדרגת דחיפות זו מטופל תוך {days} ימים לכל היותר מיום הישיבה: נא לבחור מועד מוקדם יותר.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server refused the user name or password.</source>
        <translation>שרת מסד הנתונים דחה את שם המשתמש או הסיסמה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered, but it has no database of this name. Check the database name.</source>
        <translation>השרת ענה, אך אין בו מסד נתונים בשם זה. יש לבדוק את שם מסד הנתונים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server name was not found. Check the server name and the network connection.</source>
        <translation>שם השרת לא נמצא. יש לבדוק את שם השרת ואת החיבור לרשת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the connection: the database service is not running there, or the port is wrong.</source>
        <translation>השרת סירב להתחברות: שירות מסד הנתונים אינו פועל בו, או שמספר הפורט שגוי.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time. Check the network connection, or try again in a few minutes.</source>
        <translation>השרת לא ענה בזמן. יש לבדוק את החיבור לרשת, או לנסות שוב בעוד כמה דקות.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached from this computer. Check the network connection.</source>
        <translation>אין גישה לשרת ממחשב זה. יש לבדוק את החיבור לרשת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server is busy (too many connections). Try again in a few minutes.</source>
        <translation>שרת מסד הנתונים עמוס (יותר מדי חיבורים). יש לנסות שוב בעוד כמה דקות.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server is starting or stopping. Try again in a minute.</source>
        <translation>שרת מסד הנתונים עולה או נכבה. יש לנסות שוב בעוד דקה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a Maane database, or it is damaged.</source>
        <translation>הקובץ אינו מסד נתונים של מענה, או שהוא פגום.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is busy (another program is writing to it). Try again.</source>
        <translation>קובץ מסד הנתונים תפוס (תוכנה אחרת כותבת אליו). יש לנסות שוב.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file cannot be opened. Check that the folder exists and that you may write there.</source>
        <translation>לא ניתן לפתוח את קובץ מסד הנתונים. יש לבדוק שהתיקייה קיימת ושיש הרשאת כתיבה אליה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not allowed to do this. The attempt was recorded.</source>
        <translation>אין לך הרשאה לפעולה זו. הניסיון נרשם.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chair of the meeting can finalise its protocols.</source>
        <translation>רק יו&quot;ר הישיבה יכול/ה לאשר סופית את הפרוטוקולים שלה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this record since you opened it. Reload it to see the current version, then try again.</source>
        <translation>מישהו אחר שינה את הרשומה מאז שפתחת אותה. יש לרענן כדי לראות את הגרסה העדכנית, ואז לנסות שוב.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this since you opened it: nothing was saved. Reload to see the current version, then try again.</source>
        <translation>מישהו אחר שינה את הנתונים מאז שנפתחו: שום דבר לא נשמר. יש לטעון מחדש כדי לראות את הגרסה העדכנית, ואז לנסות שוב.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record was not found; it may have been removed.</source>
        <translation>הרשומה לא נמצאה; ייתכן שהוסרה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user with this name already exists.</source>
        <translation>כבר קיים משתמש בשם זה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person with the same name and birth date already exists.</source>
        <translation>כבר קיים אדם עם אותו שם ותאריך לידה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person with this ID number already exists.</source>
        <translation>כבר קיים אדם עם מספר זהות זה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login {login} is not a Maane user. Ask the system administrator.</source>
        <translation>המשתמש {login} אינו משתמש של מענה. יש לפנות למנהל/ת המערכת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong user name or password.</source>
        <translation>שם משתמש או סיסמה שגויים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyboard is on Hebrew: did you mean {meant}? Switch the keyboard to English (Alt+Shift) and type the password again.</source>
        <translation>המקלדת בעברית: האם התכוונת ל-{meant}? יש להעביר את המקלדת לאנגלית (Alt+Shift) ולהקליד שוב את הסיסמה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password you typed has Hebrew letters: is the keyboard on Hebrew?</source>
        <translation>בסיסמה שהוקלדה יש אותיות עבריות: האם המקלדת בעברית?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyboard is on Arabic: did you mean {meant}? Switch the keyboard to English (Alt+Shift) and type the password again.</source>
        <translation>המקלדת בערבית: האם התכוונת ל-{meant}? יש להעביר את המקלדת לאנגלית (Alt+Shift) ולהקליד שוב את הסיסמה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password you typed has Arabic letters: is the keyboard on Arabic?</source>
        <translation>בסיסמה שהוקלדה יש אותיות ערביות: האם המקלדת בערבית?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is locked after too many failed attempts. Try again after {until}.</source>
        <translation>החשבון נעול לאחר ניסיונות כושלים רבים מדי. אפשר לנסות שוב אחרי {until}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database holds no Maane data structure (expected revision {expected}). Ask the system administrator to run: maane db upgrade</source>
        <translation>מסד הנתונים אינו מכיל את מבנה הנתונים של מענה (נדרשת גרסה {expected}). יש לבקש ממנהל המערכת להריץ: maane db upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is at revision {found}, this program needs revision {expected}. Ask the system administrator to run: maane db upgrade</source>
        <translation>מבנה מסד הנתונים בגרסה {found}, והתוכנה זקוקה לגרסה {expected}. יש לבקש ממנהל המערכת להריץ: maane db upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is at revision {found}, which this version of Maane does not know (it was made by a newer version). Use that version, or a backup made with this one.</source>
        <translation>מסד הנתונים בגרסה {found}, שגרסה זו של מענה אינה מכירה (הוא נוצר בגרסה חדשה יותר). יש להשתמש בגרסה ההיא, או בגיבוי שנעשה בגרסה זו.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached. Check the network connection or the database settings.</source>
        <translation>אין גישה למסד הנתונים. יש לבדוק את החיבור לרשת או את הגדרות מסד הנתונים.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody changes their own account here: another administrator or the manager does it. The attempt was recorded.</source>
        <translation>כאן איש אינו משנה את החשבון של עצמו: מנהל/ת מערכת אחר/ת או מנהל/ת המחלקה עושים זאת. הניסיון נרשם.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone other than the person who asked for the change must decide it. The attempt was recorded.</source>
        <translation>על השינוי צריך להחליט מי שאינו מי שביקש אותו. הניסיון נרשם.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody decides a change of their own account. The attempt was recorded.</source>
        <translation>איש אינו מחליט על שינוי בחשבון של עצמו. הניסיון נרשם.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change of this account is already waiting for a decision.</source>
        <translation>שינוי בחשבון זה כבר ממתין להחלטה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change has already been decided.</source>
        <translation>כבר הוחלט על שינוי זה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account changed since this change was asked for: refuse it and ask again.</source>
        <translation>החשבון השתנה מאז שהשינוי התבקש: יש לדחות אותו ולבקש מחדש.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who may be the same person is already registered: please check the possible duplicates before adding a new person.</source>
        <translation>כבר רשום אדם שייתכן שהוא אותו אדם: נא לבדוק את הכפילויות האפשריות לפני הוספת אדם חדש.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action failed ({code}).</source>
        <translation>הפעולה נכשלה ({code}).</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>looked at the staff accounts</source>
        <translation>צפה/תה בחשבונות העובדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added a staff account</source>
        <translation>הוסיף/ה חשבון עובד/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated a staff account</source>
        <translation>השבית/ה חשבון עובד/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset a password</source>
        <translation>איפס/ה סיסמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlocked an account</source>
        <translation>שחרר/ה חשבון נעול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked for a change of role or team</source>
        <translation>ביקש/ה שינוי תפקיד או צוות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>decided a change of role or team</source>
        <translation>החליט/ה על שינוי תפקיד או צוות</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>managed staff accounts</source>
        <translation>ניהל/ה חשבונות עובדים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reviewed the access log</source>
        <translation>עיין/ה ביומן הגישה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported the access log</source>
        <translation>ייצא/ה את יומן הגישה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purged the access log</source>
        <translation>מחק/ה רשומות ישנות מיומן הגישה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attached to a family file</source>
        <translation>צירף לתיק משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed over to a family worker</source>
        <translation>העביר לעו&quot;ס משפחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed without intervention</source>
        <translation>סגר ללא התערבות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked a person</source>
        <translation>קישר אדם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered a new person despite possible duplicates</source>
        <translation>רשם אדם חדש למרות כפילויות אפשריות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worked on referrals</source>
        <translation>טיפל בפניות</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed</source>
        <translation>הסיר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved on the agenda</source>
        <translation>שינה מקום בסדר היום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised</source>
        <translation>אישר סופית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looked at the committee</source>
        <translation>עיין בוועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worked on the committee</source>
        <translation>טיפל בוועדה</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+60"/>
        <source>family file</source>
        <translation>תיק משפחה</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>family member</source>
        <translation>בן/בת משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access to a restricted file</source>
        <translation>גישה לתיק מוגבל</translation>
    </message>
    <message>
        <location line="-523"/>
        <location line="+111"/>
        <location line="+413"/>
        <location line="+1"/>
        <source>note</source>
        <translation>רשומה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>task</source>
        <translation>משימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>staff account</source>
        <translation>חשבון עובד/ת</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change of role or team</source>
        <translation>שינוי תפקיד או צוות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>access log</source>
        <translation>יומן גישה</translation>
    </message>
    <message>
        <location line="-391"/>
        <location line="+392"/>
        <location line="+1"/>
        <source>referral</source>
        <translation>פנייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person of a referral</source>
        <translation>אדם בפנייה</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>committee meeting</source>
        <translation>ישיבת ועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>committee hearing</source>
        <translation>דיון בוועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>committee participant</source>
        <translation>משתתף/ת בוועדה</translation>
    </message>
    <message>
        <location line="-487"/>
        <location line="+488"/>
        <location line="+1"/>
        <source>committee protocol</source>
        <translation>פרוטוקול ועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee decision</source>
        <translation>החלטת ועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee task</source>
        <translation>משימת ועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>protocol addendum</source>
        <translation>תוספת לפרוטוקול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee follow-up</source>
        <translation>מעקב ועדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>placement out of home</source>
        <translation>השמה חוץ-ביתית</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>views and lists</source>
        <translation>צפיות ורשימות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>searches</source>
        <translation>חיפושים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes</source>
        <translation>שינויים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints and exports</source>
        <translation>הדפסות וייצוא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-ins</source>
        <translation>כניסות למערכת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff accounts</source>
        <translation>חשבונות עובדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access-log reviews</source>
        <translation>עיונים ביומן הגישה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first name (Arabic)</source>
        <translation>שם פרטי (בערבית)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name (Arabic)</source>
        <translation>שם משפחה (בערבית)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name (Latin)</source>
        <translation>שם פרטי (באותיות לטיניות)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name (Latin)</source>
        <translation>שם משפחה (באותיות לטיניות)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restricted</source>
        <translation>מוגבל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed</source>
        <translation>נחתם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>author</source>
        <translation>כותב/ת</translation>
    </message>
    <message>
        <location line="-558"/>
        <location line="+559"/>
        <source>staff member</source>
        <translation>עובד/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrects note</source>
        <translation>מתקנת רשומה</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="-65"/>
        <source>intake social worker</source>
        <translation>עו&quot;ס אינטייק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family social worker</source>
        <translation>עו&quot;ס משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth-law social worker</source>
        <translation>עו&quot;ס לחוק הנוער</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee coordinator</source>
        <translation>מרכז/ת הוועדה לתכניות טיפול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clubs social worker</source>
        <translation>עו&quot;ס מועדוניות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team head</source>
        <translation>ראש צוות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>department manager</source>
        <translation>מנהל/ת המחלקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system administrator</source>
        <translation>מנהל מערכת</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open</source>
        <translation>פתוח</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+87"/>
        <source>closed</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>parent</source>
        <translation>הורה</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="-571"/>
        <location filename="../../desktop/messages.py" line="+0"/>
        <source>child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+0"/>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+46"/>
        <location line="+40"/>
        <location line="+10"/>
        <location line="+58"/>
        <location line="+26"/>
        <source>other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>home visit</source>
        <translation>ביקור בית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office meeting</source>
        <translation>פגישה במשרד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone call</source>
        <translation>שיחת טלפון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact with another service</source>
        <translation>קשר עם גורם אחר</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>treatment goals met</source>
        <translation>מטרות הטיפול הושגו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved away</source>
        <translation>עזבו את היישוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family refused treatment</source>
        <translation>המשפחה סירבה לטיפול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred to another service</source>
        <translation>הועבר לשירות אחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no contact with the family</source>
        <translation>אין קשר עם המשפחה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>viewed</source>
        <translation>צפייה</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>walk-in</source>
        <translation>הגעה למשרד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter</source>
        <translation>מכתב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>דואר אלקטרוני</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>self-referral</source>
        <translation>פנייה עצמית</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="+70"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>school</source>
        <translation>בית ספר</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>kindergarten</source>
        <translation>גן ילדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health service</source>
        <translation>שירותי בריאות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>police</source>
        <translation>משטרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court</source>
        <translation>בית משפט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another service of the department</source>
        <translation>שירות אחר במחלקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>פנייה אנונימית</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>immediate</source>
        <translation>מיידי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 24 hours</source>
        <translation>תוך 24 שעות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within a week</source>
        <translation>תוך שבוע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine</source>
        <translation>שגרתי</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open: no outcome yet</source>
        <translation>פתוח: טרם התקבלה החלטה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for hand-over</source>
        <translation>ממתין למסירה לעו&quot;ס משפחה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new family file opened</source>
        <translation>פתיחת תיק משפחה חדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attached to an existing file</source>
        <translation>צירוף לתיק קיים</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="+420"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>referred elsewhere</source>
        <translation>הפניה לגורם אחר</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>no intervention</source>
        <translation>ללא התערבות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>health services</source>
        <translation>שירותי בריאות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>education services</source>
        <translation>מערכת החינוך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National Insurance Institute</source>
        <translation>המוסד לביטוח לאומי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment service</source>
        <translation>שירות התעסוקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>housing</source>
        <translation>שירותי דיור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal aid</source>
        <translation>הסיוע המשפטי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social services of another municipality</source>
        <translation>מחלקה לשירותים חברתיים ברשות אחרת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a non-profit organisation</source>
        <translation>עמותה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>information only</source>
        <translation>מסירת מידע בלבד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved without intervention</source>
        <translation>הבעיה נפתרה ללא התערבות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the family declined</source>
        <translation>המשפחה סירבה להתערבות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not within the department&apos;s services</source>
        <translation>לא בתחום השירותים של המחלקה</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same ID number</source>
        <translation>אותו מספר זהות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a phone number in common</source>
        <translation>מספר טלפון משותף</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>אותו שם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling variant of the name</source>
        <translation>כתיב אחר של השם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in Arabic letters</source>
        <translation>אותו שם באותיות ערביות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in Latin letters</source>
        <translation>אותו שם באותיות לטיניות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same birth date</source>
        <translation>אותו תאריך לידה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a close birth date</source>
        <translation>תאריך לידה קרוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same address</source>
        <translation>אותה כתובת</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>regular committee</source>
        <translation>ועדה רגילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expanded committee</source>
        <translation>ועדה מורחבת</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>planned</source>
        <translation>מתוכננת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>התקיימה</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="+6"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>cancelled</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+6"/>
        <source>first hearing</source>
        <translation>דיון ראשון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review of the plan</source>
        <translation>דיון חוזר בתכנית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out-of-home placement</source>
        <translation>השמה חוץ-ביתית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annual review of a placed child</source>
        <translation>דיון שנתי בילד/ה בהשמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgent: within a week</source>
        <translation>דחוף: תוך שבוע</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mother</source>
        <translation>אם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>father</source>
        <translation>אב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other guardian</source>
        <translation>אפוטרופוס/ית אחר/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the minor</source>
        <translation>הקטין/ה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family worker</source>
        <translation>עו&quot;ס משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth-law worker</source>
        <translation>עו&quot;ס לחוק הנוער</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>homeroom teacher</source>
        <translation>מחנך/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school counsellor</source>
        <translation>יועץ/ת בית הספר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>educational psychologist</source>
        <translation>פסיכולוג/ית חינוכי/ת (שפ&quot;ח)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nurse or doctor</source>
        <translation>אח/ות או רופא/ה</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="-385"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>foster-care service</source>
        <translation>שירות האומנה</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+7"/>
        <source>by mail</source>
        <translation>בדואר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>בדוא&quot;ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by phone</source>
        <translation>בטלפון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>במסירה אישית</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>ערבית</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>treatment plan in the community</source>
        <translation>תכנית טיפול בקהילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement in a foster family</source>
        <translation>השמה במשפחת אומנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement in a residential setting</source>
        <translation>השמה בפנימייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation to the court</source>
        <translation>המלצה לבית המשפט</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>foster family</source>
        <translation>משפחת אומנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residential setting</source>
        <translation>פנימייה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no protocol</source>
        <translation>אין פרוטוקול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final</source>
        <translation>סופי</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="+337"/>
        <location filename="../../desktop/messages.py" line="-188"/>
        <source>searched</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>created</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>changed</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>file closed</source>
        <translation>סגירת התיק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file reopened</source>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned</source>
        <translation>העברה לעובד/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restriction changed</source>
        <translation>שינוי חיסיון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member added</source>
        <translation>הוספת בן/בת משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member removed</source>
        <translation>הסרת בן/בת משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member&apos;s relation changed</source>
        <translation>שינוי קרבה של בן/בת משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note signed</source>
        <translation>חתימת רישום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note corrected</source>
        <translation>תיקון רישום</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="+31"/>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>viewed the access log</source>
        <translation>צפייה ביומן הגישה</translation>
    </message>
    <message>
        <location line="-12"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>signed in</source>
        <translation>כניסה למערכת</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>opened</source>
        <translation>נפתח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened the file</source>
        <translation>פתח/ה את התיק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened the person</source>
        <translation>פתח/ה את פרטי האדם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looked at family files</source>
        <translation>צפה/תה בתיקי משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the notes</source>
        <translation>קרא/ה את הרשומות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saw in a list</source>
        <translation>ראה/תה ברשימה</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>closed the file</source>
        <translation>סגר/ה את התיק</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>reopened the file</source>
        <translation>פתח/ה מחדש את התיק</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>reassigned the file</source>
        <translation>העביר/ה את התיק לעובד/ת אחר/ת</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>changed the restriction</source>
        <translation>שינה/תה את ההגבלה</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>added a member</source>
        <translation>הוסיף/ה בן/בת משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed a note</source>
        <translation>חתם/ה על רשומה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected a note</source>
        <translation>תיקן/ה רשומה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record added</source>
        <translation>רשומה נוספה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record changed</source>
        <translation>רשומה שונתה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record removed</source>
        <translation>רשומה הוסרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened a new file</source>
        <translation>פתח/ה תיק חדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed the file</source>
        <translation>שינה/תה את התיק</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote a note</source>
        <translation>כתב/ה רשומה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worked on tasks</source>
        <translation>עבד/ה על משימות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a person</source>
        <translation>שינה/תה פרטי אדם</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>printed</source>
        <translation>הדפסה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>exported</source>
        <translation>ייצוא</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../desktop/clubs/attendance.py" line="-437"/>
        <source>P</source>
        <comment>present</comment>
        <translation>נ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <comment>absent with a reason</comment>
        <translation>מ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U</source>
        <comment>unexplained absence</comment>
        <translation>ל</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Child</source>
        <translation>ילד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>שיעור נוכחות</translation>
    </message>
</context>
<context>
    <name>MyTasksView</name>
    <message>
        <location filename="../../desktop/tasks/my_tasks.py" line="+48"/>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>משימה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>My open tasks</source>
        <translation>המשימות הפתוחות שלי</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Family</source>
        <translation>משפחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open tasks</source>
        <translation>אין משימות פתוחות</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>משימה פתוחה אחת</numerusform>
            <numerusform>%n משימות פתוחות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFileDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="+179"/>
        <source>New family file</source>
        <translation>תיק משפחה חדש</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Family name:</source>
        <translation>&amp;שם המשפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locality:</source>
        <translation>&amp;יישוב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;eighbourhood:</source>
        <translation>שכו&amp;נה:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Team:</source>
        <translation>&amp;צוות:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Worker:</source>
        <translation>&amp;עו&quot;ס מטפל/ת:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member</source>
        <translation>בן/בת משפחה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>קרבה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>חדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No members yet: add the family&apos;s members.</source>
        <translation>אין עדיין בני משפחה: יש להוסיף את בני המשפחה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members:</source>
        <translation>בני המשפחה:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;known person…</source>
        <translation>הוספת אדם &amp;מוכר…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new &amp;person…</source>
        <translation>הוספת אדם &amp;חדש…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;הסרה</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(no worker yet)</source>
        <translation>(עדיין ללא עו&quot;ס מטפל/ת)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open files: %1 · open tasks: %2</source>
        <translation>תיקים פתוחים: %1 · משימות פתוחות: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 family</source>
        <translation>משפחת %1</translation>
    </message>
</context>
<context>
    <name>NoInterventionDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="-120"/>
        <source>No intervention — referral %1</source>
        <translation>ללא התערבות — פנייה %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;הערה:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the referral without intervention? The outcome cannot be changed afterwards.</source>
        <translation>לסגור את הפנייה ללא התערבות? לא יהיה אפשר לשנות את ההחלטה לאחר מכן.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the referral</source>
        <translation>סגירת הפנייה</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="-69"/>
        <source>Edit draft note — %1</source>
        <translation>עריכת טיוטת רישום — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New note — %1</source>
        <translation>רישום חדש — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign now (a signed note can no longer be changed)</source>
        <translation>לחתום עכשיו (רישום חתום אי אפשר לשנות)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translation>תאריך:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>תוכן:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign the note? A signed note can no longer be changed or deleted; a mistake can only be fixed by a correction.</source>
        <translation>לחתום על הרישום? רישום חתום אי אפשר לשנות או למחוק; טעות אפשר לתקן רק ברישום תיקון.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and sign</source>
        <translation>שמירה וחתימה</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/families/tabs/notes.py" line="-55"/>
        <source>No notes yet.</source>
        <translation>אין עדיין רישומים.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The selected note</source>
        <translation>הרישום הנבחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a note to read it in full.</source>
        <translation>יש לבחור רישום כדי לקרוא אותו במלואו.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit draft</source>
        <translation>עריכת טיוטה</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Sign the note of %1? A signed note can no longer be changed or deleted; a mistake can only be fixed by a correction.</source>
        <translation>לחתום על הרישום מ-%1? רישום חתום אי אפשר לשנות או למחוק; טעות אפשר לתקן רק ברישום תיקון.</translation>
    </message>
</context>
<context>
    <name>OpenFileDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="-180"/>
        <source>Open a family file — referral %1</source>
        <translation>פתיחת תיק משפחה — פנייה %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restricted file (only its worker and those allowed see it)</source>
        <translation>תיק חסוי (רק העו&quot;ס המטפל/ת ומי שקיבלו הרשאה רואים אותו)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Family name:</source>
        <translation>&amp;שם המשפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locality:</source>
        <translation>&amp;יישוב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neighbourhood:</source>
        <translation>שכו&amp;נה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team:</source>
        <translation>&amp;צוות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members:</source>
        <translation>בני המשפחה:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Therapeutic club at intake</source>
        <translation>מועדונית טיפולית כבר בשלב האינטייק</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request a club for %1</source>
        <translation>לבקש מועדונית עבור %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the club request: %1</source>
        <translation>סיבת הבקשה למועדונית: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>מטרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals of the club: %1</source>
        <translation>מטרות המועדונית: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency of the club request: %1</source>
        <translation>דחיפות הבקשה למועדונית: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred club: %1</source>
        <translation>מועדונית מועדפת: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any club</source>
        <translation>כל מועדונית</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../desktop/clubs/overview.py" line="+49"/>
        <source>Club</source>
        <translation>מועדונית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>קיבולת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>רשומים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation>פנויים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>ממתינים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance this month</source>
        <translation>נוכחות החודש</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrears</source>
        <translation>חוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clubs yet: add one with New club (Ctrl+N)</source>
        <translation>אין עדיין מועדוניות: ניתן להוסיף מועדונית באמצעות מועדונית חדשה (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clubs</source>
        <translation>מועדוניות</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>full</source>
        <translation>מלאה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every seat is taken: new children go on the waiting list</source>
        <translation>כל המקומות תפוסים: ילדים חדשים נכנסים לרשימת ההמתנה</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n child(ren) waiting for a seat</source>
        <translation>
            <numerusform>%n ילד ממתין למקום</numerusform>
            <numerusform>%n ילדים ממתינים למקום</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed by the families for the months before this one</source>
        <translation>חוב המשפחות בגין החודשים שלפני חודש זה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No attendance recorded this month yet</source>
        <translation>טרם נרשמה נוכחות החודש</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../desktop/committees/participant_dialog.py" line="-122"/>
        <source>New participant — %1</source>
        <translation>משתתף/ת חדש/ה — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant — %1</source>
        <translation>משתתף/ת — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. the school&apos;s name</source>
        <translation>למשל שם בית הספר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. homeroom teacher, 4th grade</source>
        <translation>למשל מחנך/ת כיתה ד&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the letter goes</source>
        <translation>הכתובת שאליה יישלח המכתב</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind:</source>
        <translation>&amp;סוג:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;ארגון:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>&amp;תפקיד:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;טלפון:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;דוא&quot;ל:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter &amp;language:</source>
        <translation>שפת ה&amp;מכתב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invited:</source>
        <translation>אופן ה&amp;זימון:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no way to reach this participant: please give a phone, an e-mail or an address.</source>
        <translation>אין דרך ליצור קשר עם המשתתף/ת: נא להזין טלפון, דוא&quot;ל או כתובת.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/admin/staff.py" line="-33"/>
        <source>New password — %1</source>
        <translation>סיסמה חדשה — %1</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/clubs/payment_dialog.py" line="+38"/>
        <source>Record a payment</source>
        <translation>רישום תשלום</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Family:</source>
        <translation>&amp;משפחה:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Child:</source>
        <translation>&amp;ילד:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date paid:</source>
        <translation>&amp;תאריך תשלום:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;סכום:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Method:</source>
        <translation>&amp;אמצעי תשלום:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt no.:</source>
        <translation>מספר &amp;קבלה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;הערה:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find the family first.</source>
        <translation>יש לאתר תחילה את המשפחה.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (not enrolled)</source>
        <translation>%1 (לא רשום)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No child of this family has been enrolled in a club.</source>
        <translation>אף ילד במשפחה זו לא נרשם למועדונית.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family owes %1 (of which %2 in arrears).</source>
        <translation>המשפחה חייבת %1 (מתוכם %2 חוב מחודשים קודמים).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family is in credit: %1.</source>
        <translation>למשפחה יתרת זכות: %1.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="-488"/>
        <source>Edit person — %1</source>
        <translation>עריכת פרטי אדם — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload the person</source>
        <translation>רענון פרטי האדם</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved now: %1</source>
        <translation>שמור כעת במערכת: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/intake/referral_form.py" line="+102"/>
        <source>Add a new person</source>
        <translation>הוספת אדם חדש</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Check and add</source>
        <translation>&amp;בדיקה והוספה</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop/widgets/person_form.py" line="+53"/>
        <source>&amp;First name:</source>
        <translation>שם &amp;פרטי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;שם משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name in &amp;Arabic:</source>
        <translation>שם פרטי ב&amp;ערבית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name in A&amp;rabic:</source>
        <translation>שם משפחה בע&amp;רבית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name in La&amp;tin letters:</source>
        <translation>שם פרטי באותיות &amp;לטיניות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name in Latin l&amp;etters:</source>
        <translation>שם משפחה ב&amp;אותיות לטיניות:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as in the passport, if known</source>
        <translation>כמו בדרכון, אם ידוע</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Israeli ID number</source>
        <translation>תעודת זהות ישראלית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passport</source>
        <translation>דרכון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>ללא</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&amp;dentity document:</source>
        <translation>מסמך &amp;זיהוי:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Number:</source>
        <translation>מ&amp;ספר:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;תאריך לידה:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the box when the birth date is not known</source>
        <translation>יש לבטל את הסימון כשתאריך הלידה אינו ידוע</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>female</source>
        <translation>נקבה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>זכר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>לא צוין</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sex:</source>
        <translation>&amp;מין:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lan&amp;guage for letters:</source>
        <translation>שפה למ&amp;כתבים:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One per line, or separated by commas (up to 4)</source>
        <translation>מספר אחד בכל שורה, או מופרדים בפסיקים (עד 4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones:</source>
        <translation>&amp;טלפונים:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation>ערבית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>רוסית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amharic</source>
        <translation>אמהרית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>אנגלית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>צרפתית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>ספרדית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>תיגרינית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another language</source>
        <translation>שפה אחרת</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>At most %1 phones.</source>
        <translation>אפשר להזין עד %1 מספרי טלפון.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>9 digits</source>
        <translation>9 ספרות</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An ID number has only digits.</source>
        <translation>מספר זהות מכיל ספרות בלבד.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ID number has at most 9 digits.</source>
        <translation>מספר זהות מכיל 9 ספרות לכל היותר.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID number is too short.</source>
        <translation>מספר הזהות קצר מדי.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit is wrong: please check the number.</source>
        <translation>ספרת הביקורת שגויה: נא לבדוק את המספר.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check digit is right.</source>
        <translation>ספרת הביקורת תקינה.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/clubs/waiting.py" line="+305"/>
        <source>Unpin — %1</source>
        <translation>ביטול הצמדה — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to the top of the list — %1</source>
        <translation>הצמדה לראש הרשימה — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1: the first on the list</source>
        <translation>1: הראשון ברשימה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pinned at %1 because: %2. Unpinned, the request takes its place by the list&apos;s rule again.</source>
        <translation>הוצמד למקום %1 מהסיבה: %2. לאחר ביטול ההצמדה, הבקשה תחזור למקומה לפי כלל הרשימה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A pinned request comes before the list&apos;s rule: state why, the reason is shown in the list.</source>
        <translation>בקשה מוצמדת קודמת לכלל הרשימה: יש לציין את הסיבה, והיא תוצג ברשימה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinned &amp;rank:</source>
        <translation>&amp;מקום מוצמד:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../desktop/daycare/actions.py" line="-57"/>
        <source>Place in day-care — %1</source>
        <translation>שיבוץ במעון יום — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day-care centre&apos;s name and locality</source>
        <translation>שם מעון היום והיישוב</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day-care &amp;centre:</source>
        <translation>&amp;מעון יום:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;תאריך התחלה:</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../desktop/committees/placement_dialog.py" line="-80"/>
        <source>Record placement</source>
        <translation>רישום השמה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(ללא)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Carries out the &amp;decision:</source>
        <translation>מממשת את ה&amp;החלטה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Child:</source>
        <translation>&amp;ילד/ה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Setting:</source>
        <translation>&amp;מסגרת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Placed on:</source>
        <translation>&amp;תאריך ההשמה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>ה&amp;ערה:</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../desktop/printing/preview.py" line="+92"/>
        <source>Print preview</source>
        <translation>תצוגה לפני הדפסה</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The form</source>
        <translation>הטופס</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous page</source>
        <translation>העמוד הקודם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>העמוד הבא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>התאמה לרוחב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>שמירה בשם…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing the form…</source>
        <translation>הטופס בהכנה…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Preparing the forms…</source>
        <translation>הטפסים בהכנה…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preparing the forms: %1 of %2</source>
        <translation>הכנת הטפסים: %1 מתוך %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Page %1 of %2</source>
        <translation>עמוד %1 מתוך %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The printer could not be started.</source>
        <translation>לא ניתן היה להפעיל את המדפסת.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the form as PDF</source>
        <translation>שמירת הטופס כ-PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>מסמכי PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file could not be saved: %1</source>
        <translation>לא ניתן היה לשמור את הקובץ: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Family file summaries (%1)</source>
        <translation>סיכומי תיקי משפחה (%1)</translation>
    </message>
</context>
<context>
    <name>PrintSummaryDialog</name>
    <message>
        <location filename="../../desktop/printing/summary_dialog.py" line="+48"/>
        <source>Print summary — %1</source>
        <translation>הדפסת סיכום — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed notes to include</source>
        <translation>רשומות חתומות שייכללו</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file has no signed notes: the summary prints without notes.</source>
        <translation>אין בתיק רשומות חתומות: הסיכום יודפס ללא רשומות.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case notes are not shown to your role: the summary prints without notes.</source>
        <translation>רישומי התיק אינם מוצגים לתפקידך: הסיכום יודפס ללא רישומים.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>אף אחת</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Notes:</source>
        <translation>&amp;רשומות:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language of the form:</source>
        <translation>&amp;שפת הטופס:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../../desktop/committees/protocol.py" line="+64"/>
        <source>Background</source>
        <translation>רקע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The professionals&apos; views</source>
        <translation>עמדות אנשי המקצוע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parents&apos; position</source>
        <translation>עמדת ההורים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child&apos;s position</source>
        <translation>עמדת הילד/ה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of the discussion</source>
        <translation>סיכום הדיון</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Up</source>
        <translation>למעלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>למטה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>One item per line</source>
        <translation>סעיף אחד בכל שורה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision:</source>
        <translation>החלטה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan items:</source>
        <translation>סעיפי התכנית:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(nobody yet)</source>
        <translation>(עדיין ללא אחראי/ת)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date:</source>
        <translation>תאריך יעד:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task:</source>
        <translation>משימה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible:</source>
        <translation>אחראי/ת:</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location line="+101"/>
        <source>Protocol — %1, %2</source>
        <translation>פרוטוקול — %1, %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Meeting of %1 · %2 (born %3) · file %4, %5</source>
        <translation>ישיבה מיום %1 · %2 (ת. לידה %3) · תיק %4, %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Attended</source>
        <translation>נכחו</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The hearing</source>
        <translation>הדיון</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decisions</source>
        <translation>החלטות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add decision</source>
        <translation>הוספת החלטה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vote</source>
        <translation>ההצבעה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For:</source>
        <translation>בעד:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Against:</source>
        <translation>נגד:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstained:</source>
        <translation>נמנעו:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dissent:</source>
        <translation>דעת מיעוט:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parents&apos; reservation:</source>
        <translation>הסתייגות ההורים:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parents and the child were told they may ask for a hearing at the district committee</source>
        <translation>ההורים והילד/ה קיבלו הסבר על זכותם לבקש דיון בוועדה המחוזית</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tasks</source>
        <translation>משימות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add task</source>
        <translation>הוספת משימה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next review</source>
        <translation>הדיון הבא</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review on:</source>
        <translation>מועד הדיון החוזר:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Addenda</source>
        <translation>תוספות לפרוטוקול</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Save draft</source>
        <translation>שמירת טיוטה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalise…</source>
        <translation>אישור סופי…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add addendum…</source>
        <translation>הוספת תוספת לפרוטוקול…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>הדפסה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol…</source>
        <translation>פרוטוקול…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision letter to the parents…</source>
        <translation>מכתב החלטה להורים…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary letter to a professional…</source>
        <translation>מכתב סיכום לאיש/אשת מקצוע…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the printed protocol</source>
        <translation>שפת הפרוטוקול המודפס</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload the protocol</source>
        <translation>רענון הפרוטוקול</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print in:</source>
        <translation>שפת ההדפסה:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading the protocol…</source>
        <translation>הפרוטוקול בטעינה…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Close without saving? What you typed since the last save is lost.</source>
        <translation>לסגור בלי לשמור? מה שהוקלד מאז השמירה האחרונה יאבד.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>סגירה בלי שמירה</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Final: finalised by %1 on %2. It can no longer be changed; a correction is an addendum.</source>
        <translation>סופי: אושר סופית על ידי %1 בתאריך %2. אי אפשר לשנות אותו עוד; תיקון נרשם כתוספת לפרוטוקול.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting was cancelled.</source>
        <translation>הישיבה בוטלה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New protocol (not saved yet).</source>
        <translation>פרוטוקול חדש (טרם נשמר).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft recorded by the committee&apos;s coordinator.</source>
        <translation>טיוטה שנרשמה על ידי מרכז/ת הוועדה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft.</source>
        <translation>טיוטה.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No addenda.</source>
        <translation>אין תוספות לפרוטוקול.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A child placed out of home is reviewed within a year: by %1 at the latest.</source>
        <translation>דיון חוזר בעניינו של ילד/ה בהשמה חוץ-ביתית מתקיים בתוך שנה: עד %1 לכל המאוחר.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required to finalise.</source>
        <translation>חובה לאישור הסופי.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Finalise the protocol</source>
        <translation>אישור סופי של הפרוטוקול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the protocol? It becomes read-only: a correction can only be added as an addendum. Its tasks are put on the family file.</source>
        <translation>לאשר את הפרוטוקול סופית? לאחר האישור הוא יהיה לקריאה בלבד: תיקון אפשר להוסיף רק כתוספת לפרוטוקול. המשימות שבו יתווספו לתיק המשפחה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise</source>
        <translation>אישור סופי</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reloaded: what you typed is kept; Save draft writes it over the other change.</source>
        <translation>הפרוטוקול רוענן: מה שהוקלד נשאר בטופס; &quot;שמירת טיוטה&quot; תשמור אותו במקום השינוי האחר.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="+116"/>
        <source>Reassign to a worker</source>
        <translation>העברה לעובד/ת</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Worker:</source>
        <translation>עו&quot;ס מטפל/ת:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>סיבה:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open files: %1 · open tasks: %2</source>
        <translation>תיקים פתוחים: %1 · משימות פתוחות: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reassign %1 to %2? The file leaves the current worker&apos;s caseload, and the current worker may no longer be able to open it.</source>
        <translation>להעביר את %1 אל %2? התיק יוצא מרשימת התיקים של העובד/ת הנוכחי/ת, וייתכן שלא יוכל/תוכל לפתוח אותו עוד.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reassign</source>
        <translation>העברה</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../desktop/therapy/dialogs.py" line="-197"/>
        <source>Refer to the therapy centre</source>
        <translation>הפניה למרכז הטיפולים</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Family file:</source>
        <translation>תיק משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who is referred:</source>
        <translation>&amp;מי מופנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;אדם:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of therapy:</source>
        <translation>&amp;סוג הטיפול:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the referral:</source>
        <translation>סיבת &amp;ההפניה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral &amp;date:</source>
        <translation>&amp;תאריך ההפניה:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refer to the therapy centre — %1</source>
        <translation>הפניה למרכז הטיפולים — %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This family file has no children: add the child to the file first.</source>
        <translation>בתיק משפחה זה אין ילדים: יש להוסיף תחילה את הילד/ה לתיק.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This family file has no parents: add the parent to the file first.</source>
        <translation>בתיק משפחה זה אין הורים: יש להוסיף תחילה את ההורה לתיק.</translation>
    </message>
</context>
<context>
    <name>ReferElsewhereDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="+91"/>
        <source>Refer elsewhere — referral %1</source>
        <translation>הפניה לגורם אחר — פנייה %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receiving body&apos;s name and what is asked of it</source>
        <translation>שם הגורם המקבל ומה מבקשים ממנו</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service:</source>
        <translation>&amp;שירות:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Receiving body:</source>
        <translation>הגורם ה&amp;מקבל:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;הערה:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the referral as referred to %1? The outcome cannot be changed afterwards.</source>
        <translation>לסגור את הפנייה בהפניה אל %1? לא יהיה אפשר לשנות את ההחלטה לאחר מכן.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refer elsewhere</source>
        <translation>הפניה לגורם אחר</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../desktop/intake/referral_form.py" line="+69"/>
        <source>Referral %1</source>
        <translation>פנייה %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New referral</source>
        <translation>פנייה חדשה</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the referral (Ctrl+Enter)</source>
        <translation>שמירת הפנייה (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— choose —</source>
        <translation>— יש לבחור —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. homeroom teacher, school counsellor, nurse</source>
        <translation>למשל מחנך/ת, יועץ/ת בית הספר, אח/ות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the school&apos;s name</source>
        <translation>למשל שם בית הספר</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name, ID number or phone; Enter adds the person found</source>
        <translation>שם, ת&quot;ז או טלפון; Enter מוסיף את האדם שנמצא</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons found</source>
        <translation>אנשים שנמצאו</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a &amp;new person…</source>
        <translation>הו&amp;ספת אדם חדש…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>אדם</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>ת&quot;ז</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>קרבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known or new</source>
        <translation>מוכר או חדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No person yet: find a known person or add a new one</source>
        <translation>עדיין אין אנשים: יש לחפש אדם מוכר או להוסיף אדם חדש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons concerned</source>
        <translation>הנוגעים בדבר</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move from the referral</source>
        <translation>&amp;הסרה מהפנייה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected person (Delete)</source>
        <translation>הסרת האדם הנבחר (Delete)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— choose the urgency —</source>
        <translation>— יש לבחור דחיפות —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Date received:</source>
        <translation>תאריך &amp;קבלה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>אופן ה&amp;פנייה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource:</source>
        <translation>&amp;מקור הפנייה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer&apos;s n&amp;ame:</source>
        <translation>שם ה&amp;גורם המפנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer&apos;s &amp;role:</source>
        <translation>&amp;תפקיד הגורם המפנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;ארגון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer&apos;s &amp;phone:</source>
        <translation>&amp;טלפון הגורם המפנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lation:</source>
        <translation>ק&amp;רבה:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find a known person:</source>
        <translation>&amp;חיפוש אדם מוכר:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons concerned:</source>
        <translation>הנוגעים בדבר:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presenting pro&amp;blem:</source>
        <translation>ה&amp;בעיה המוצגת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;דחיפות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>ה&amp;ערות:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Nobody found: add a new person</source>
        <translation>לא נמצא אף אחד: יש להוסיף אדם חדש</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>known</source>
        <translation>מוכר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>חדש</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <location filename="../../desktop/therapy/page.py" line="+68"/>
        <source>No.</source>
        <translation>מס&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>המתנה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referred on</source>
        <translation>תאריך ההפניה</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Family</source>
        <translation>משפחה</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Referred by</source>
        <translation>הופנה על ידי</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is waiting for the therapy centre. A family worker refers from the family file&apos;s Therapy tab.</source>
        <translation>אין ממתינים למרכז הטיפולים. עו&quot;ס משפחה מפנה מתוך תיק המשפחה (בכרטיסיית הטיפולים).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Therapist</source>
        <translation>מטפל/ת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>מפגשים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited</source>
        <translation>המתנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No treatment is under way.</source>
        <translation>אין כרגע טיפולים פעילים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting list</source>
        <translation>רשימת המתנה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In treatment</source>
        <translation>בטיפול</translation>
    </message>
</context>
<context>
    <name>ReferralView</name>
    <message>
        <location filename="../../desktop/intake/view.py" line="+91"/>
        <source>Back to the queue</source>
        <translation>חזרה לתור הפניות</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The referral</source>
        <translation>פרטי הפנייה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received:</source>
        <translation>תאריך קבלה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel:</source>
        <translation>אופן הפנייה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>מקור הפנייה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrer:</source>
        <translation>הגורם המפנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency:</source>
        <translation>דחיפות:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome due by:</source>
        <translation>לטיפול עד:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake worker:</source>
        <translation>עו&quot;ס אינטייק:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenting problem:</source>
        <translation>הבעיה המוצגת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>הערות:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person</source>
        <translation>אדם</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>ת&quot;ז</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>קרבה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons concerned</source>
        <translation>הנוגעים בדבר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>תוצאת האינטייק</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome:</source>
        <translation>החלטה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided on:</source>
        <translation>תאריך ההחלטה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family file:</source>
        <translation>תיק משפחה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details:</source>
        <translation>פרטים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed to:</source>
        <translation>עו&quot;ס המשפחה:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation>&amp;עריכה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a family &amp;file…</source>
        <translation>&amp;פתיחת תיק משפחה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attach to an existing file…</source>
        <translation>&amp;צירוף לתיק קיים…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refer elsewhere…</source>
        <translation>הפניה ל&amp;גורם אחר…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No intervention…</source>
        <translation>&amp;ללא התערבות…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;העברה לעו&quot;ס משפחה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the family file</source>
        <translation>מעבר לתיק המשפחה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to the &amp;youth-law forum…</source>
        <translation>העברה לפורום &amp;חוק הנוער…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print intake &amp;summary…</source>
        <translation>הדפסת &amp;סיכום אינטייק…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print referral &amp;letter…</source>
        <translation>הדפסת &amp;מכתב הפניה…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the printed form</source>
        <translation>שפת הטופס המודפס</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Referral %1</source>
        <translation>פנייה %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>באיחור</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Received %n day(s) ago</source>
        <translation>
            <numerusform>התקבלה לפני יום אחד</numerusform>
            <numerusform>התקבלה לפני %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no outcome yet</source>
        <translation>טרם התקבלה החלטה</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Referral letter</source>
        <translation>מכתב הפניה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral is closed as referred elsewhere. Print the referral letter now?</source>
        <translation>הפנייה נסגרה בהפניה לגורם אחר. להדפיס את מכתב ההפניה עכשיו?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the letter</source>
        <translation>הדפסת המכתב</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="+10"/>
        <source>Change relation — %1</source>
        <translation>שינוי קרבה — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Relation in the family:</source>
        <translation>&amp;קרבה במשפחה:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/forum/report_dialog.py" line="+40"/>
        <source>Report a child at risk</source>
        <translation>דיווח על ילד/ה בסיכון</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct the report</source>
        <translation>תיקון הדיווח</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Empty for an anonymous report</source>
        <translation>להשאיר ריק בדיווח אנונימי</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was reported: what happened, when, who saw it, what the child said</source>
        <translation>מה דווח: מה קרה, מתי, מי ראה, מה אמר/ה הילד/ה</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Family file:</source>
        <translation>תיק משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>&amp;ילד/ה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported &amp;on:</source>
        <translation>&amp;תאריך הדיווח:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported &amp;by:</source>
        <translation>&amp;גורם מדווח:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporter&apos;s &amp;name:</source>
        <translation>&amp;שם המדווח/ת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter&apos;s &amp;phone:</source>
        <translation>&amp;טלפון המדווח/ת:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind of risk:</source>
        <translation>&amp;סוג הסיכון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;דחיפות:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>תי&amp;אור:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This family file has no children: a report is about a child of the file. Add the child to the file first.</source>
        <translation>בתיק משפחה זה אין ילדים: דיווח עוסק תמיד בילד/ה מהתיק. יש להוסיף תחילה את הילד/ה לתיק.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop/clubs/request_dialog.py" line="+12"/>
        <source>Request a club</source>
        <translation>בקשה למועדונית</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Child</source>
        <translation>ילד</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Urgency</source>
        <translation>דחיפות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk</source>
        <translation>סיכון</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferred club</source>
        <translation>מועדונית מועדפת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any club (on every club&apos;s list)</source>
        <translation>כל מועדונית (בכל רשימות ההמתנה)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name and phone of who referred</source>
        <translation>שם וטלפון של הגורם המפנה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family file:</source>
        <translation>תיק משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>&amp;ילד:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for a club:</source>
        <translation>&amp;סיבה למועדונית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals:</source>
        <translation>מ&amp;טרות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;דחיפות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;k:</source>
        <translation>סי&amp;כון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred c&amp;lub:</source>
        <translation>מועדונית מ&amp;ועדפת:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kindergarten or &amp;school:</source>
        <translation>גן או &amp;בית ספר:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntact:</source>
        <translation>&amp;איש קשר:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request a club — %1</source>
        <translation>בקשה למועדונית — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This family file has no children: a club is requested for a child of the file. Add the child to the file first.</source>
        <translation>בתיק משפחה זה אין ילדים: בקשה למועדונית מוגשת עבור ילד מהתיק. יש להוסיף תחילה את הילד לתיק.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is %2: this club takes children of %3 to %4. The club worker will need a reason to enrol the child.</source>
        <translation>הגיל של %1 הוא %2: מועדונית זו מקבלת ילדים בגילאי %3 עד %4. לרישום הילד יידרש נימוק מצד עו&quot;ס המועדוניות.</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../desktop/clubs/roster.py" line="+56"/>
        <source>Child</source>
        <translation>ילד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>סיום מתוכנן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allergies</source>
        <translation>אלרגיות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diet</source>
        <translation>תזונה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>קו הסעה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>הסכמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No children in this club yet: enrol the first on the waiting list, or Enrol a child.</source>
        <translation>אין עדיין ילדים במועדונית זו: ניתן לרשום את הראשון ברשימת ההמתנה, או להשתמש ב„רישום ילד”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children in the club</source>
        <translation>ילדים במועדונית</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrol a chil&amp;d…</source>
        <translation>רישום יל&amp;ד…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit the enrolment…</source>
        <translation>ערי&amp;כת הרישום…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leaves the club…</source>
        <translation>ע&amp;זיבת המועדונית…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print the registration form…</source>
        <translation>הדפסת &amp;טופס הרישום…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the family file</source>
        <translation>&amp;פתיחת תיק המשפחה</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>not started yet</source>
        <translation>טרם התחיל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds a seat from %1</source>
        <translation>תופס מקום החל מ-%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allergies: %1</source>
        <translation>אלרגיות: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed</source>
        <translation>חתומה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not signed</source>
        <translation>לא חתומה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parents&apos; consent is not signed yet</source>
        <translation>הסכמת ההורים טרם נחתמה</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n ילד</numerusform>
            <numerusform>%n ילדים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolReferralDialog</name>
    <message>
        <location filename="../../desktop/clubs/school_referral.py" line="+59"/>
        <source>Referral from a kindergarten or school</source>
        <translation>הפניה מגן או מבית ספר</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Referred by</source>
        <translation>גורם מפנה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name and phone of who referred</source>
        <translation>שם וטלפון של הגורם המפנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred &amp;by:</source>
        <translation>&amp;גורם מפנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the &amp;institution:</source>
        <translation>שם ה&amp;מוסד:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntact:</source>
        <translation>&amp;איש קשר:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Is the family known to the department? Search for its file first.</source>
        <translation>האם המשפחה מוכרת במחלקה? יש לחפש תחילה את התיק שלה.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find the family file:</source>
        <translation>&amp;חיפוש תיק משפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Famil&amp;y files:</source>
        <translation>תיקי מ&amp;שפחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family is &amp;known: request a club…</source>
        <translation>המשפחה מוכרת: &amp;בקשה למועדונית…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The family is n&amp;ot known: refer to intake…</source>
        <translation>המשפחה אינה מוכרת: ה&amp;פניה לאינטייק…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What the institution told about the family. Intake receives it as a referral, opens the family&apos;s file and files the club request.</source>
        <translation>מה שמסר המוסד על המשפחה. האינטייק מקבל זאת כהפניה, פותח תיק למשפחה ומגיש את הבקשה למועדונית.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Child&apos;s birth &amp;date:</source>
        <translation>&amp;תאריך לידה של הילד:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Urgency</source>
        <translation>דחיפות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferred club</source>
        <translation>מועדונית מועדפת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any club</source>
        <translation>כל מועדונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s &amp;first name:</source>
        <translation>&amp;שם פרטי של הילד:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s &amp;last name:</source>
        <translation>שם משפחה של ה&amp;ילד:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;parent&apos;s name:</source>
        <translation>שם &amp;הורה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;טלפון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for a &amp;club:</source>
        <translation>&amp;סיבה למועדונית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;דחיפות:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;eferred club:</source>
        <translation>מועדונית מ&amp;ועדפת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ack to the search</source>
        <translation>&amp;חזרה לחיפוש</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send to intake</source>
        <translation>שליחה לאינטייק</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="-305"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the file</source>
        <translation>רענון התיק</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../../desktop/therapy/dialogs.py" line="+78"/>
        <source>Sessions held — %1</source>
        <translation>מפגשים שהתקיימו — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sessions held so far:</source>
        <translation>&amp;מפגשים שהתקיימו עד כה:</translation>
    </message>
</context>
<context>
    <name>StaffAccountsView</name>
    <message>
        <location filename="../../desktop/admin/staff.py" line="-64"/>
        <source>(no team)</source>
        <translation>(ללא צוות)</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+20"/>
        <source>Staff accounts</source>
        <translation>חשבונות עובדים</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>שם משתמש</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for a decision</source>
        <translation>ממתין להחלטה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No staff accounts</source>
        <translation>אין חשבונות עובדים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add account…</source>
        <translation>&amp;הוספת חשבון…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role or team…</source>
        <translation>שינוי &amp;תפקיד או צוות…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>איפוס &amp;סיסמה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;שחרור נעילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;השבתה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove the change</source>
        <translation>&amp;אישור השינוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse the change</source>
        <translation>&amp;דחיית השינוי</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Changes of role and team</source>
        <translation>שינויי תפקיד וצוות</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Staff member</source>
        <translation>עובד/ת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>מ-</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>אל</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>ביקש/ה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked on</source>
        <translation>תאריך הבקשה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>החליט/ה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>החלטה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes were asked for</source>
        <translation>לא התבקשו שינויים</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>inactive</source>
        <translation>לא פעיל</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>נעול עד %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (asked by %2)</source>
        <translation>%1 (ביקש/ה: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>activate as %1</source>
        <translation>הפעלה כ-%1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>approved</source>
        <translation>אושר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>ממתין</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>חשבון אחד</numerusform>
            <numerusform>%n חשבונות</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+3"/>
        <source>Deactivate</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Deactivate the account of %1? They will no longer be able to work in Maane. Making the account active again takes another officer&apos;s approval.</source>
        <translation>להשבית את החשבון של %1? לא יהיה אפשר לעבוד בו עוד במענה. הפעלה מחדש של החשבון דורשת אישור של בעל/ת תפקיד נוסף/ת.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve the change of %1 to %2?</source>
        <translation>לאשר את שינוי %1 ל-%2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the change of %1 to %2?</source>
        <translation>לדחות את שינוי %1 ל-%2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>אישור</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse</source>
        <translation>דחייה</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../desktop/therapy/dialogs.py" line="-29"/>
        <source>Treatment starts — %1</source>
        <translation>תחילת טיפול — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre&apos;s clinician who treats</source>
        <translation>המטפל/ת מטעם המרכז</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on:</source>
        <translation>&amp;תאריך התחלה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Therapist:</source>
        <translation>&amp;מטפל/ת:</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="+149"/>
        <source>New task</source>
        <translation>משימה חדשה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date:</source>
        <translation>מועד:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task:</source>
        <translation>משימה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description:</source>
        <translation>תיאור:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assignee:</source>
        <translation>אחראי/ת:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The due date %1 has already passed. Save the task with this date?</source>
        <translation>המועד %1 כבר חלף. לשמור את המשימה עם התאריך הזה?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save anyway</source>
        <translation>לשמור בכל זאת</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../desktop/families/tabs/tasks.py" line="-1"/>
        <source>No tasks in this file.</source>
        <translation>אין משימות בתיק זה.</translation>
    </message>
</context>
<context>
    <name>Therapy</name>
    <message>
        <location filename="../../desktop/therapy/common.py" line="+21"/>
        <source>a child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a parent</source>
        <translation>הורה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the family</source>
        <translation>המשפחה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>emotional therapy</source>
        <translation>טיפול רגשי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent guidance</source>
        <translation>הדרכת הורים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>art therapy</source>
        <translation>טיפול באמנות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>טיפול קבוצתי</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiting</source>
        <translation>ממתינה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in treatment</source>
        <translation>בטיפול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>הסתיימה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>treatment goals met</source>
        <translation>מטרות הטיפול הושגו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped out</source>
        <translation>נשירה מהטיפול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred elsewhere</source>
        <translation>הפניה לגורם אחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved away</source>
        <translation>עזבו את היישוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>אחר</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>יום אחד</numerusform>
            <numerusform>%n ימים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TherapyPage</name>
    <message>
        <location filename="../../desktop/therapy/page.py" line="+104"/>
        <source>Therapy centre</source>
        <translation>מרכז הטיפולים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of therapy</source>
        <translation>סוג הטיפול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every kind</source>
        <translation>כל הסוגים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind of therapy:</source>
        <translation>&amp;סוג הטיפול:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start treatment…</source>
        <translation>&amp;תחילת טיפול…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record sessio&amp;ns…</source>
        <translation>&amp;רישום מפגשים…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End the referral…</source>
        <translation>סיום &amp;ההפניה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the family file</source>
        <translation>&amp;פתיחת תיק המשפחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;more</source>
        <translation>הצגת &amp;עוד</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Waiting</source>
        <translation>&amp;ממתינים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In treatment</source>
        <translation>&amp;בטיפול</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ממתין</numerusform>
            <numerusform>%n ממתינים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n in treatment</source>
        <translation>
            <numerusform>%n בטיפול</numerusform>
            <numerusform>%n בטיפול</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TherapyTab</name>
    <message>
        <location filename="../../desktop/therapy/file_tab.py" line="+59"/>
        <source>Refer to &amp;therapy…</source>
        <translation>הפניה ל&amp;טיפול…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referred on</source>
        <translation>תאריך ההפניה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited</source>
        <translation>המתנה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Therapist</source>
        <translation>מטפל/ת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>מפגשים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>סיום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>הופנה על ידי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody of the family was referred to the therapy centre.</source>
        <translation>אף אחד מבני המשפחה לא הופנה למרכז הטיפולים.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Therapy referrals</source>
        <translation>הפניות לטיפול</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Waiting: %1 · In treatment: %2</source>
        <translation>ממתינים: %1 · בטיפול: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reason: %1</source>
        <translation>סיבה: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In treatment with %1 since %2 (waited %3); %4 sessions held.</source>
        <translation>בטיפול אצל %1 מאז %2 (המתנה: %3); התקיימו %4 מפגשים.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended on %1: %2.</source>
        <translation>הסתיימה ב־%1: %2.</translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message>
        <location filename="../../desktop/clubs/waiting.py" line="-244"/>
        <source>No.</source>
        <translation>מס&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child</source>
        <translation>ילד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File no.</source>
        <translation>מס&apos; תיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>דחיפות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>סיכון</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>זמן המתנה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>קו הסעה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pinned because</source>
        <translation>הוצמד בשל</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting for this club. A request is filed from the family file&apos;s Club tab, or here through School referral.</source>
        <translation>אין ממתינים למועדונית זו. בקשה מוגשת מלשונית „מועדונית” בתיק המשפחה, או כאן דרך „הפניה מבית ספר”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting list</source>
        <translation>רשימת המתנה</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+133"/>
        <source>&amp;Enrol…</source>
        <translation>רי&amp;שום…</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+137"/>
        <source>&amp;Pin…</source>
        <translation>ה&amp;צמדה…</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>W&amp;ithdraw…</source>
        <translation>&amp;ביטול בקשה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the family file</source>
        <translation>&amp;פתיחת תיק המשפחה</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Outside the club&apos;s age range: enrolling needs a reason</source>
        <translation>מחוץ לטווח הגילים של המועדונית: הרישום מחייב נימוק</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n יום</numerusform>
            <numerusform>%n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any club</source>
        <translation>כל מועדונית</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ממתין</numerusform>
            <numerusform>%n ממתינים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 free</source>
        <translation>פנויים: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full: %1 of %2 seats taken</source>
        <translation>מלאה: %1 מתוך %2 מקומות תפוסים</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Club full: no seat to enrol</source>
        <translation>המועדונית מלאה: אין מקום לרישום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every seat is taken. When a child leaves, the first on this list is next.</source>
        <translation>כל המקומות תפוסים. כשילד עוזב, הראשון ברשימה זו הוא הבא בתור.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrol the selected child (Enter)</source>
        <translation>רישום הילד הנבחר (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un&amp;pin…</source>
        <translation>ביטול ה&amp;צמדה…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The request is no longer on the waiting list.</source>
        <translation>הבקשה כבר אינה ברשימת ההמתנה.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location line="+77"/>
        <source>Withdraw the request — %1</source>
        <translation>ביטול הבקשה — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;הערה:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Withdraw the request for %1? The child leaves the waiting list; a new request would wait from today.</source>
        <translation>לבטל את הבקשה עבור %1? הילד יוצא מרשימת ההמתנה; בקשה חדשה תמתין החל מהיום.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw</source>
        <translation>ביטול הבקשה</translation>
    </message>
</context>
<context>
    <name>YouthLawTab</name>
    <message>
        <location filename="../../desktop/forum/file_tab.py" line="+68"/>
        <source>Reports about the file&apos;s children at risk. Each waits for the youth-law forum, which decides the intervention and the worker in charge.</source>
        <translation>דיווחים על ילדי התיק הנמצאים בסיכון. כל דיווח ממתין לפורום חוק הנוער, שמחליט על ההתערבות ועל העו&quot;ס האחראי/ת.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reports you recorded about the file&apos;s children at risk, and what the youth-law forum decided.</source>
        <translation>הדיווחים שרשמת על ילדי התיק הנמצאים בסיכון, ומה החליט פורום חוק הנוער.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report a child at &amp;risk…</source>
        <translation>דיווח על ילד/ה ב&amp;סיכון…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the re&amp;port…</source>
        <translation>&amp;תיקון הדיווח…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported on</source>
        <translation>תאריך הדיווח</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>דחיפות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>מדווח/ת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>החלטה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>משימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report about the family&apos;s children.</source>
        <translation>אין דיווחים על ילדי המשפחה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports about children at risk</source>
        <translation>דיווחים על ילדים בסיכון</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>sent</source>
        <translation>נשלחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>בוצעה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>פתוחה</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>decided %1</source>
        <translation>הוחלט ב־%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>waiting, %n day(s)</source>
        <translation>
            <numerusform>ממתין, יום אחד</numerusform>
            <numerusform>ממתין, %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The forum&apos;s note: %1</source>
        <translation>הערת הפורום: %1</translation>
    </message>
</context>
<context>
    <name>_PasswordsDialog</name>
    <message>
        <location filename="../../desktop/admin/staff.py" line="-311"/>
        <source>Password:</source>
        <translation>סיסמה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again:</source>
        <translation>סיסמה שוב:</translation>
    </message>
</context>
<context>
    <name>_StepDialog</name>
    <message>
        <location filename="../../desktop/therapy/dialogs.py" line="-31"/>
        <source>%1, %2, referred on %3.</source>
        <translation>%1, %2, תאריך ההפניה: %3.</translation>
    </message>
</context>
<context>
    <name>self.grid</name>
    <message>
        <location filename="../../desktop/clubs/attendance.py" line="-192"/>
        <source>Absence reason</source>
        <translation>סיבת היעדרות</translation>
    </message>
</context>
</TS>
