import type { Catalogue } from '../../i18n/catalogue';
import type { evidenceEn } from './en';

export const evidenceEs: Catalogue<typeof evidenceEn> = {
  evidence: {
    tab: 'Registro',
    heading: 'Expediente de prueba C144',
    intro: 'Lo que la pista de auditoría de este expediente prueba sobre la consulta, para las memorias del gobierno a la OIT. Cada hecho remite al evento de la cadena de auditoría que lo registra.',
    loadFailed: 'No se pudo cargar el expediente de prueba.',
    generated: 'Generado el {{date}} a partir de la pista de auditoría hasta el evento {{event}}.',
    opened: 'Expediente abierto el {{date}} (evento {{event}}).',
    subject: 'Objeto: {{citation}} (evento {{event}}).',
    noSubject: 'Objeto según el C144, artículo 5, párrafo 1: ninguno indicado.',
    event: 'Evento',
    date: 'Fecha',
    none: 'Nada registrado todavía.',
    print: 'Imprimir',
    export: { label: 'Descargar el expediente de prueba', pdf: 'PDF', docx: 'Word', pdfLabel: 'Descargar el expediente de prueba en PDF/A', docxLabel: 'Descargar el expediente de prueba como documento Word', failed: 'No se pudo descargar el expediente de prueba.' },
    invitations: { heading: 'Representantes designados', person: 'Persona', organization: 'Organización', side: 'Parte', lead: 'jefe de delegación', roles: { DELEGATE: 'Delegado', FACILITATOR: 'Facilitador', OBSERVER: 'Observador' } },
    drafts: { heading: 'Versiones del proyecto comunicadas', version: 'Versión', to: 'Comunicada a', version_label: 'Versión {{version}}' },
    sessions: {
      heading: 'Sesiones celebradas',
      title: 'Sesión',
      attendance: 'Asistencia',
      draft: 'Proyecto en mano',
      daysBefore_one: 'versión {{version}}, comunicada {{count}} día antes',
      daysBefore_other: 'versión {{version}}, comunicada {{count}} días antes',
      noDraft: 'ningún proyecto comunicado antes',
      closed: 'cerrada el {{date}} (evento {{event}})',
    },
    sides: { GOVERNMENT: 'Gobierno', EMPLOYERS: 'Empleadores', WORKERS: 'Trabajadores', OTHERS: 'Otros' },
    submissions: { heading: 'Posiciones presentadas', side: 'Parte', number: 'Presentación', version: 'Sobre la versión' },
    outcomes: { heading: 'Resultados', item: 'Punto', session: 'Sesión', outcome: 'Resultado' },
    responses: { heading: 'Respuestas del gobierno', count: '{{answered}} de {{total}} contribuciones respondidas', provision: 'Disposición', side: 'Contribución de los', verdict: 'Respuesta' },
    minutes: { heading: 'Actas selladas', session: 'Sesión', revision: 'Revisión', hash: 'SHA-256', kinds: { MINUTES: 'Acta', ADDENDUM: 'Adenda' } },
  },
};
